"""A comparison of two places said from the other place (issue #11): "below the dome the air is warmer" makes "above
the dome the air is colder", the place and the comparison both turned round; the place alone turned says the
opposite, in Russian too, where "над" / "под" are function words ("под куполом воздух холоднее" is no "над куполом
воздух холоднее"). Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

EN, RU = Grader(language="en"), Grader(language="ru")


@pytest.mark.parametrize(("grader", "point", "given", "right"), [
    (EN, "the air above the dome is colder", "the air below the dome is warmer", True),
    (EN, "the air above the dome is colder", "below the dome the air is warmer than above it", True),
    (EN, "the air above the dome is colder", "the air above the dome is cooler", True),
    (EN, "the air above the dome is colder", "the air below the dome is colder", False),
    (EN, "the air above the dome is colder", "the air above the dome is warmer", False),
    (EN, "the salt level inside the vat is higher", "the salt level outside the vat is lower", True),
    (EN, "the salt level inside the vat is higher", "the salt level outside the vat is higher", False),
    (RU, "над куполом воздух холоднее", "под куполом воздух теплее", True),
    (RU, "над куполом воздух холоднее", "под куполом воздух теплее, чем над ним", True),
    (RU, "над куполом воздух холоднее", "под куполом воздух холоднее", False),
    (RU, "над куполом воздух холоднее", "над куполом воздух теплее", False),
    (RU, "внутри чана уровень соли выше", "снаружи чана уровень соли ниже", True),
    (RU, "внутри чана уровень соли выше", "снаружи чана уровень соли выше", False),
    (RU, "гнездо свито под карнизом", "гнездо свито над карнизом", False),
])
def test_a_place_turned_round_with_its_comparison(grader, point, given, right):
    assert grader.grade(explain(point, prompt="Где?"), given).correct is right
