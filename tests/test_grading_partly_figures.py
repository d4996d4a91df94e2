"""A long keypoint made in part (most of its words) keeps its figures: another figure of the kind in their place
is a wrong figure, not a point made (`grading.partly_figures`); no figure at all, or one of the point's figures,
is still the point in part. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.structured import StructuredGrading
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

FERRY = one_point("the ferry carried 40 carts a day", "How busy was the crossing?")
TOLL = one_point("the toll cut journey times by 3 hours", "What did the toll do?")
WALLS = one_point("the town walls, 12 metres high and 3 km long, were finished", "What was built?")

ROWS = [
    (FERRY, "the ferry carried 60 carts a day", False),
    (FERRY, "the ferry carried 400 carts a day", False),
    (FERRY, "the ferry carried carts every day", True),
    (FERRY, "the ferry carried forty carts a day", True),
    (TOLL, "the toll cut journey times by 5 hours", False),
    (TOLL, "the toll cut journey times by three hours", True),
    (WALLS, "the town walls, 12 metres high, were finished", True),  # one of its figures of the kind
    (WALLS, "the town walls, 20 metres high and 5 km long, were finished", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_point_made_in_part_keeps_its_figures(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


class _Without(Grader):
    """The grader without the rule."""

    _mostly = staticmethod(StructuredGrading._mostly)


# (the ferry's carts are a bare count, which `counted.counts_other_thing` holds to the point's figure as well)
@pytest.mark.parametrize(("card", "given"),
                         [(card, given) for card, given, right in ROWS if not right and card is not FERRY])
def test_without_the_rule_the_wrong_figures_pass(card, given):
    assert _Without.for_pack(_pack(card)).grade(card, given).correct
