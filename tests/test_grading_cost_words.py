"""A price said by its verb: "loans cost more" says "loans are more expensive" (and "dearer"), "the cloth costs
less" says it is cheaper; the other way round stays the other way, and the noun "cost" before a figure's change
("the cost more than doubled") is no comparison. Invented cards (`comparisons._EN_COSTS`)."""

from __future__ import annotations

import pytest

from studybot.core.comparisons import rewrite_comparisons
from studybot.core.grading import Grader
from studybot.core.lexicon import ENGLISH
from studybot.core.packs import Card, Keypoint

REWRITES = [
    ("ferries cost more", "ferries more expensive"),
    ("the cloth costs less", "the cloth less expensive"),
    ("tickets cost a lot more", "tickets more expensive"),
    ("the cost more than doubled", None),  # the noun: a change of the figure follows
    ("it cost more than 5 shillings", None),
]


@pytest.mark.parametrize(("text", "rewritten"), REWRITES)
def test_cost_more_is_more_expensive(text, rewritten):
    read = rewrite_comparisons(text, "en", ENGLISH.down)
    if rewritten is None:
        assert "expensive" not in read
    else:
        assert read == rewritten


FERRY = Card(id="e", section="s", kind="explain", prompt="Why did fewer people take the ferry after the toll?",
             answer="the tickets were more expensive",
             keypoints=(Keypoint("the tickets were more expensive", ("dearer tickets",)),))


@pytest.mark.parametrize(("answer", "right"), [
    ("the tickets cost more", True),
    ("a ticket costs more now", True),
    ("tickets cost a lot more", True),
    ("the tickets cost less", False),
    ("the tickets did not cost more", False),
    ("the tickets became cheaper", False),
])
def test_a_price_said_by_its_verb(answer, right):
    assert Grader().grade(FERRY, answer).correct is right
