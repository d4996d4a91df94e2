"""A verdict should never depend on what the grader read before (the order of grading): the words read as slips of
names (`Aliases._near_names`) should be the words of the answer as typed, whatever other answers settled before, and
a name the aliases write in ("the founder" -> "Gustav Wilkins") is the pack's own spelling, no slip of another name of
the pack ("Wilkens"). Found by comparing a fresh grader with one warmed on a pack's examples (round 28): today
`_near_names` decides whether to look for slips by the words before the aliases' rewriting, but looks in the text
after it, so the canonical name's word is read as a slip only while another word of the answer is not yet settled.
The cases marked xfail are that bug (a fix that reads the typed words alone moved two development answers of 1812
the wrong way and needs `test_shortcuts_prepare`'s long way changed with it: left for the next round). Made-up names
and cards."""

from __future__ import annotations

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading import Grader, Verdict
from studybot.core.packs import Card

ALIASES = {"Gustav Wilkins": ("the founder",), "Wilkens": ()}
CARD = Card(id="c", section="s", kind="short", prompt="Who drew up the charter of the guild?",
            answer="Gustav Wilkins")


def full(verdict: Verdict) -> tuple[object, ...]:
    return (verdict.correct, verdict.score, verdict.feedback, verdict.reason, verdict.typo, verdict.trace)


_ORDER_BUG = pytest.mark.xfail(strict=True, reason="a name the aliases wrote in is read as a slip while another "
                                                  "word is unsettled (see the module's docstring)")


@pytest.mark.parametrize(("text", "before", "read"), [
    ("the founder wrote it", "wrote", "gustav wilkins wrote it"),  # the name written in is no slip of "Wilkens"
    pytest.param("the founder wrote it", "", "gustav wilkins wrote it", marks=_ORDER_BUG),
    ("wilkins wrote it", "wrote", "wilkens wrote it"),  # a typed slip of a name is still read as the name
    ("wilkins wrote it", "", "wilkens wrote it"),
    pytest.param("the founder met wilknes", "met", "gustav wilkins met wilkens", marks=_ORDER_BUG),
])
def test_slips_are_read_in_the_typed_words_alone(text: str, before: str, read: str) -> None:
    aliases = Aliases(ALIASES)
    if before:
        aliases.apply(before)  # settles its words
    assert aliases.apply(text) == read


@pytest.mark.parametrize(("answer", "first", "right"), [
    pytest.param("the founder wrote it", "he wrote it", True, marks=_ORDER_BUG),
    pytest.param("the founder, who wrote the charter", "the guild wrote it", True, marks=_ORDER_BUG),
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
