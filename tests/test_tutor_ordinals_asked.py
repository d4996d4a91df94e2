"""Which one is not how many (`tutor.ordinals_asked`): an English question's ordinal ("the second storm") is met in
full by a passage saying it as an ordinal, and only in part by one saying the figure as a cardinal word ("two
storms"), which tells how many there were, not which. Digits may order too ("Storm 2") and still meet it. Invented
notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Unit
from studybot.core.tutor.ordinals_asked import counted_only, ordinals_asked
from tests.notes import place, says, tutor_on

NOTES = """\
The Varn coast was struck by two great storms, both remembered in its fishing songs.
The second storm came in 1871 after a week of rain and sank forty fishing boats.
The first storm came in 1842 and flooded the harbour of Kell.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Storms of the Varn coast")


def _unit(stem: str, ordinal: bool) -> Unit:
    return Unit(stem, stem, frozenset({stem}), frozenset(), 1.0, False, ordinal=ordinal)


@pytest.mark.parametrize(("stem", "ordinal", "text", "counted"), [
    ("2", True, "The coast was struck by two storms.", True),  # how many, not which
    ("3", True, "Three ships and the third mate were lost.", False),  # it says the ordinal too
    ("2", True, "The second storm sank the boats.", False),
    ("2", True, "Storm 2 sank the boats.", False),  # digits may order ("Vostok 2")
    ("2", False, "The coast was struck by two storms.", False),  # the question said "two" itself
    ("1", True, "One of the storms sank forty boats.", True),
])
def test_a_cardinal_word_does_not_say_an_ordinal(stem: str, ordinal: bool, text: str, counted: bool) -> None:
    assert counted_only(_unit(stem, ordinal), text) is counted


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("what did the second storm sink?", "en", {"2"}),
    ("what did the 2nd storm sink?", "en", {"2"}),
    ("how many storms were there?", "en", set()),
    ("что потопил второй шторм?", "ru", set()),  # an ordinal is a word of its own there
])
def test_ordinals_asked(text: str, lang: str, found: set[str]) -> None:
    assert ordinals_asked(text, lang) == found


@pytest.mark.parametrize(("question", "fact"), [
    ("What did the second storm sink?", "forty fishing boats"),
    ("When did the second storm come?", "1871"),
])
def test_the_passage_telling_of_the_one_asked_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


def test_the_count_ranks_below_the_ordinal(tutor: Tutor) -> None:
    question = "What happened in the second storm?"
    assert place(tutor, question, "The second storm") < place(tutor, question, "The Varn coast")


def test_a_count_asked_is_met_by_a_cardinal(tutor: Tutor) -> None:
    assert says(tutor, "How many great storms struck the Varn coast?", "two great storms")
