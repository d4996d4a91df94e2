"""A figure the point itself writes before a word is no other count of that word ("3 days" of "the fair lasts three
days and the market one"), though the question says the same figure ("Name three differences ..."), which is then no
word of the match (grading/counted.other_count_before had read the answer's "2" before "years" as counting the years
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


FAIRS = listed("Name three differences between the Fair and the Market.",
               "the fair lasts three days and the market one", "the market has 40 stalls")
GATE = listed("Name two ways the gate was kept.", "2 guards stood at the gate", "the gate was locked at night")


@pytest.mark.parametrize(("card", "given", "right"), [
    (FAIRS, "the fair lasts three days and the market one", True),  # the point as written
    (FAIRS, "the fair lasts 3 days, the market 1", True),
    (FAIRS, "the fair lasts 4 days and the market one", False),  # another figure
    (GATE, "2 guards stood at the gate", True),
    (GATE, "3 guards stood at the gate", False),  # another count before the counted word
])
def test_the_points_own_figure_before_a_word(card: Card, given: str, right: bool) -> None:
    verdict = EN.grade(card, given)
    assert verdict.correct is right, verdict.trace
