"""A figure the point itself writes before a word is no other count of that word ("2 years" of "wardens serve two
years and masters six"), though the question says the same figure ("Name two differences ..."), which is then no word
of the match (grading/counted.other_count_before had read the answer's "2" before "years" as counting the years
otherwise, so the point failed even as written). Another count before a counted word still fails ("3 guards" for a
point of "2 guards"). Invented cards; each row is what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()


def listed(prompt: str, *points: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=1)


COURTS = listed("Name two differences between the Wardens and the Masters.",
                "wardens serve two years and masters six", "the hall of the Masters has 40 seats")
GATE = listed("Name two ways the gate was kept.", "2 guards stood at the gate", "the gate was locked at night")


@pytest.mark.parametrize(("card", "given", "right"), [
    (COURTS, "wardens serve two years and masters six", True),  # the point as written
    (COURTS, "wardens serve 2 years, masters 6", True),
    (COURTS, "wardens serve 3 years and masters six", False),  # another figure
    (GATE, "2 guards stood at the gate", True),
    (GATE, "3 guards stood at the gate", False),  # another count before the counted word
])
def test_the_points_own_figure_before_a_word(card: Card, given: str, right: bool) -> None:
    verdict = EN.grade(card, given)
    assert verdict.correct is right, verdict.trace
