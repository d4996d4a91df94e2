"""A verdict never depends on what the grader read before (the order of grading): the words read as slips of names
(`Aliases._near_names`) are the words of the answer as typed (once a name of several words in another case or order
is put in its own: "в Смоленской губернии" is read as "смоленская губерния", whose first word is then read as a
case of "Смоленск" where the pack has that name), whatever other answers settled before, and a name the aliases
write in ("the founder" -> "Gustav Wilkins") is the pack's own spelling, no slip of another name of the pack
("Wilkens"). Found by comparing a fresh grader with one warmed on a pack's examples (round 28): `_near_names` decided
whether to look for slips by the words before the aliases' rewriting, but looked in the text after it, so the
canonical name's word was read as a slip only while another word of the answer was not yet settled. Made-up names
and cards."""

from __future__ import annotations

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading import Grader, Verdict
from studybot.core.language import language
from studybot.core.packs import Card

ALIASES = {"Gustav Wilkins": ("the founder",), "Wilkens": ()}
CARD = Card(id="c", section="s", kind="short", prompt="Who drew up the charter of the guild?",
            answer="Gustav Wilkins")


def full(verdict: Verdict) -> tuple[object, ...]:
    return (verdict.correct, verdict.score, verdict.feedback, verdict.reason, verdict.typo, verdict.trace)


@pytest.mark.parametrize(("text", "before", "read"), [
    ("the founder wrote it", "wrote", "gustav wilkins wrote it"),  # the name written in is no slip of "Wilkens"
    ("the founder wrote it", "", "gustav wilkins wrote it"),
    ("wilkins wrote it", "wrote", "wilkens wrote it"),  # a typed slip of a name is still read as the name
    ("wilkins wrote it", "", "wilkens wrote it"),
    ("the founder met wilknes", "met", "gustav wilkins met wilkens"),
])
def test_slips_are_read_in_the_typed_words_alone(text: str, before: str, read: str) -> None:
    aliases = Aliases(ALIASES)
    if before:
        aliases.apply(before)  # settles its words
    assert aliases.apply(text) == read


RU_ALIASES = {"Дорогинская губерния": ("Дорогинщина",), "Дорогинск": ()}


@pytest.mark.parametrize(("text", "before", "read"), [
    ("дорогинщина давно", "", "дорогинская губерния давно"),  # the region's name written in is no case of the town
    ("дорогинщина давно", "давно", "дорогинская губерния давно"),
    ("на дорогинщине", "", "на дорогинская губерния"),  # the region's name in a case: read as the region
    # a name of several words in another case, put in its own, is read as typed: its first word in a case of the
    # town's name, in an answer as in a card's wording (both read alike)
    ("в дорогинской губернии", "", "в дорогинск губерния"),
    ("в дорогинской губернии", "губернии", "в дорогинск губерния"),
    ("дарогинской", "", "дорогинск"),  # a slip in a name in a case
])
def test_slips_of_declined_names_are_read_in_the_typed_words_alone(text: str, before: str, read: str) -> None:
    aliases = Aliases(RU_ALIASES, language("ru"))
    if before:
        aliases.apply(before)
    assert aliases.apply(text) == read


@pytest.mark.parametrize(("answer", "first", "right"), [
    ("the founder wrote it", "he wrote it", True),
    ("the founder, who wrote the charter", "the guild wrote it", True),
    ("Wilkens wrote it", "he wrote it", False),  # the other name of the pack
])
def test_a_verdict_is_the_same_in_either_order(answer: str, first: str, right: bool) -> None:
    fresh = Grader(ALIASES)
    cold = fresh.grade(CARD, answer)
    warmed = Grader(ALIASES)
    warmed.grade(CARD, first)  # another answer graded first
    warm = warmed.grade(CARD, answer)
    assert full(cold) == full(warm)
    assert cold.correct is right
