"""A long keypoint made in part (most of its words), one of them said with a WordNet relative of it
(`grading.mostly_related`, issue #11): "pilots guided foreign vessels" among most of "the harbour pilots guided
foreign ships through the shallow channel at night". The other words, negation, direction, figures and parties are
asked as before, and so are the figures of the point's other wordings; a light verb ("made" for "caused") is no
relative. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.nearly import NearlyGrading
from studybot.core.packs import Card, Keypoint, Pack, Section
from tests.cards import one_point

PILOTS = one_point("the harbour pilots guided foreign ships through the shallow channel at night",
                   "What was the port known for?")
COUNTED = Card(id="e", section="s", kind="explain", prompt="What was the port known for?", answer=PILOTS.answer,
               keypoints=(Keypoint(PILOTS.answer, ("the pilots guided 40 ships a night",)),))

STORMS = one_point("storms caused heavy damage to the wooden piers near the northern harbour during winter",
                   "What happened at the port?")

ROWS = [
    (PILOTS, "at night in the channel pilots guided foreign vessels", True),
    (PILOTS, "at night in the channel pilots guided 3 foreign vessels", True),
    (PILOTS, "at night in the channel pilots never guided foreign vessels", False),
    (PILOTS, "at night in the channel pilots guided no foreign vessels", False),
    (PILOTS, "at night in the channel pilots guided local vessels", False),  # two words lacking
    (PILOTS, "at night in the strait pilots guided foreign vessels", False),
    (PILOTS, "at night in the channel pilots guided foreign crews", False),  # no relative
    (PILOTS, "at night in the channel pirates guided foreign vessels", False),
    (STORMS, "in winter storms brought heavy damage to piers", True),
    # a light verb stands for no word: its senses cover most verbs ("speed makes them faster" made "the slowing
    # caused by their speed" in a development set)
    (STORMS, "in winter storms made heavy damage to piers", False),
    (COUNTED, "at night in the channel pilots guided foreign vessels, 60 of them", False),  # the wording's figure
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_most_of_a_long_point_with_one_word_said_by_a_relative(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


class _Without(Grader):
    """The grader without the rule."""

    def _cover(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return NearlyGrading._cover(self, *args, **kwargs)


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given):
    assert not _Without.for_pack(_pack(card)).grade(card, given).correct


def test_a_point_made_so_is_rated_as_with_a_slip():
    verdict = Grader.for_pack(_pack(PILOTS)).grade(PILOTS, "at night in the channel pilots guided foreign vessels")
    assert verdict.correct and verdict.typo  # rated Hard, not Good
