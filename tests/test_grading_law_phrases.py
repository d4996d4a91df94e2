"""English: the law said in a phrase. Taking a person to court is prosecuting them ("his enemies would take him to
court" makes "he would be prosecuted by his enemies"), and a deed against the law, after a verb of being, is
illegal ("it was against the law" makes "it was illegal"); denied, it is not ("was not against the law"), and
opposing a law ("they protested against the law") says nothing of a deed being illegal.

Invented cards.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")


def explain(point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What happened to the mayor?", answer=point,
                keypoints=(Keypoint(point, ()),), need=1)


PROSECUTED = explain("the mayor would be prosecuted by his rivals")
ILLEGAL = explain("selling the land was illegal")
PROTEST = explain("the farmers protested against the law")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (PROSECUTED, "his rivals would take him to court", True),
    (PROSECUTED, "his rivals would prosecute him", True),
    (PROSECUTED, "his rivals would not take him to court", False),
    (PROSECUTED, "his rivals would praise him", False),
    (ILLEGAL, "selling the land was against the law", True),
    (ILLEGAL, "selling the land is against the law", True),
    (ILLEGAL, "selling the land was not against the law", False),
    (ILLEGAL, "selling the land was legal", False),
    (PROTEST, "the farmers protested against the law", True),
])
def test_law_phrases(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right, EN.grade(card, answer).trace
