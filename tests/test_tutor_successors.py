""""Who succeeded X?" asks for the one who came after X (`tutor.successors`): a reply naming X and the post but telling
of no change of hands ("The head of the guild was X, a miller") would give the wrong person with a source, so the
tutor declines; a reply saying the succession ("succeeded", "took over", "was elected", "сменил", "вместо") answers.
"What took over from X?" (a thing) is left to the ranking. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES_EN = """\
The Arrow Guild of weavers was founded in 1702.
The first master of the Arrow Guild was Orlan Tesk, a miller from Marlow.
In 1731 Edda Voss succeeded Orlan Tesk as master of the Arrow Guild.
The treasurer of the guild was Jory Penhale, a glassmaker who kept the guild's books.
The guild hall was built of grey stone in 1740.
"""

NOTES_RU = """\
Первым председателем артели был Павел Ершов, мельник из Перми.
В 1931 году Ершова на посту председателя артели сменил Иван Рябов.
Казначеем артели был Карл Остен, который вёл книги артели.
"""


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_on(NOTES_EN, "The Arrow Guild")


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return tutor_on(NOTES_RU, "Артель", "ru", section_title="Артель")


@pytest.mark.parametrize(("question", "fact"), [
    ("Who succeeded Orlan Tesk as master of the guild?", "Edda Voss"),
    ("Who took over from Tesk as master?", "Edda Voss"),
    ("Who was the treasurer of the guild?", "Jory Penhale"),  # no succession asked
])
def test_a_succession_told_answers(english: Tutor, question: str, fact: str) -> None:
    assert says(english, question, fact)


@pytest.mark.parametrize("question", [
    "Who succeeded Jory Penhale as treasurer of the guild?",  # "The treasurer ... was Jory Penhale": no successor
    "Who replaced Penhale as treasurer?",
])
def test_no_succession_told_is_declined(english: Tutor, question: str) -> None:
    assert english.ask(question).kind == "decline"


def test_russian(russian: Tutor) -> None:
    assert says(russian, "Кто сменил Ершова на посту председателя?", "Рябов")
    assert russian.ask("Кто сменил Остена на посту казначея артели?").kind == "decline"
