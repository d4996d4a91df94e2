"""A numeric answer that corrects itself or offers a range (issue #11: "corrections", "hedges").

"5,730 years, not 5,370" asserts 5,730: the comma inside a figure does not end the wording it corrects.
Cards are made here on invented subjects (an isotope, a bridge, a fleet), in English and Russian; each
row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN = Grader()
RU = Grader(language="ru")


def numeric(value: float, unit: str | None, answer: str, *, tolerance: float = 0.0, relative: bool = False,
            prompt: str = "How much?") -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, unit, tolerance, relative))


HALF_LIFE = numeric(5730, "years", "5,730 years", tolerance=40, prompt="What is the half-life of the isotope?")
SPAN = numeric(1200, "m", "1,200 m", prompt="How long is the bridge?")
FLEET = numeric(12000, None, "12 000 кораблей", prompt="Сколько кораблей было во флоте?")
LOAD = numeric(2.5, "т", "2,5 т", prompt="Какой груз выдерживает кран?")  # a decimal comma


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, HALF_LIFE, "5,730 years, not 5,370", True),
    (EN, HALF_LIFE, "5,370 years, not 5,730", False),
    (EN, HALF_LIFE, "not 5,370 but 5,730 years", True),
    (EN, HALF_LIFE, "not 5,730 but 5,370 years", False),
    (EN, HALF_LIFE, "not 5,370, 5,730", True),
    (EN, SPAN, "1,200 m, not 2,100 m", True),
    (EN, SPAN, "not 1,200 m but 2,100 m", False),
    (RU, FLEET, "12 000, а не 21 000", True),
    (RU, LOAD, "не 5,2, а 2,5 т", True),
    (RU, LOAD, "не 2,5, а 5,2 т", False),
    (RU, LOAD, "2,5 т, а не 5,2", True),
])
def test_a_correction_with_thousands_asserts_its_figure(grader, card, given, right):
    assert grader.grade(card, given).correct is right
