"""A measure the card gives, said at another scale ("4 Hz" for "0.4 Hz", "15 km" for "15 metres"), is a wrong figure
though the answer makes the card's points, which may leave the figure out (grading/scale_slips.py): the digits are
right, the decimal point or the unit is not. The figure as the card writes it, another unit of it, or no figure pass;
so does a figure at no power of ten from the card's (not this rule's to judge), and counts and years are left alone.
Invented cards; each row is what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(), Grader(language="ru")


def explain(prompt: str, answer: str, *points: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=answer,
                keypoints=tuple(Keypoint(p, ()) for p in points), need=len(points))


PITCH = explain("How does the pitch of the wire change as it warms?",
                "It falls, by about 0.4 Hz for each degree, because the wire slackens.", "the pitch falls")
BUOY = explain("Why must the buoy's clock be exact?",
               "A one-second error puts the buoy's position 15 metres out.", "a small clock error gives a large error")
ТОН = explain("Как меняется тон струны при нагреве?", "Понижается, примерно на 0,4 Гц на каждый градус.",
              "тон понижается")
FLEET = explain("How did the guild grow?", "It grew from 10 ships in 1710 to 100 ships.", "the guild grew")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, PITCH, "the pitch falls, by 4 Hz a degree", False),  # the decimal point moved
    (EN, PITCH, "the pitch falls, by 0.04 Hz a degree", False),
    (EN, PITCH, "the pitch falls, by 0.4 Hz a degree", True),
    (EN, PITCH, "the pitch falls", True),  # no figure
    (EN, PITCH, "the pitch falls, by about 0.5 Hz a degree", True),  # not the digits at another scale
    (EN, BUOY, "a small clock error gives a large error, 15 km", False),  # another unit
    (EN, BUOY, "a small clock error gives a large error, 15 m", True),
    (EN, BUOY, "a small clock error gives a large error, 1500 cm", True),  # the same length in other units
    (RU, ТОН, "тон понижается на 4 Гц на градус", False),
    (RU, ТОН, "тон понижается на 0,4 Гц на градус", True),
    (EN, FLEET, "the guild grew to 1000 ships", True),  # a count: left alone
])
def test_a_measure_at_another_scale(grader: Grader, card: Card, given: str, right: bool) -> None:
    verdict = grader.grade(card, given)
    assert verdict.correct is right, verdict.trace
