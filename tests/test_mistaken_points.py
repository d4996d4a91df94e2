"""A known mistake that fails a list or explain answer shows ✗ on the point it stood in for: a point made only by
the mistake's words ("Doriana" taken as a typo of the point "Dorian", where "Doriana" is the known mistake) is not
made, in the verdict's points and on the screen; points made by other words keep their ✓. Invented guild."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Mistake, Pack, Section
from studybot.present import verdict_text

SECTION = Section("s", "The guild", "The Varrow guild was founded by Dorian, Halvard and Bertrand.")
FOUNDERS = Card(id="l", section="s", kind="list", prompt="Who founded the Varrow guild?",
                answer="Dorian, Halvard, Bertrand", need=3,
                keypoints=tuple(Keypoint(k) for k in ("Dorian", "Halvard", "Bertrand")),
                mistakes=(Mistake(("Doriana",), "Doriana was his sister."),))


def grader() -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language="en", sections=(SECTION,), cards=(FOUNDERS,)))


@pytest.mark.parametrize(("card", "given", "marks"), [
    (FOUNDERS, "Doriana, Halvard, Bertrand", (False, True, True)),
    (FOUNDERS, "Halvard, Doriana and Bertrand", (False, True, True)),
    (FOUNDERS, "Dorian, Halvard, Bertrand and Doriana", (True, True, True)),  # the mistake beside the point
])
def test_the_point_a_mistake_stands_in_for_is_not_made(card: Card, given: str, marks: tuple[bool, ...]) -> None:
    verdict = grader().grade(card, given)
    assert not verdict.correct and verdict.reason == "mistake", verdict.trace
    assert tuple(k.covered for k in verdict.keypoints) == marks


def test_a_right_answer_keeps_its_points() -> None:
    verdict = grader().grade(FOUNDERS, "Dorian, Halvard, Bertrand")
    assert verdict.correct and all(k.covered for k in verdict.keypoints)


def test_the_screen_shows_the_cross() -> None:
    verdict = grader().grade(FOUNDERS, "Doriana, Halvard, Bertrand")
    lines = verdict_text(FOUNDERS, verdict, SECTION, answer="Doriana, Halvard, Bertrand").splitlines()
    assert "  ✗ Dorian" in lines and "  ✓ Halvard" in lines and "  ✓ Bertrand" in lines
