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


# ----------------------------------------------------------------- a span of two figures is two values

TOWNS = numeric(200, "towns", "almost 200 towns", tolerance=0.1, relative=True, prompt="How many towns joined?")
REACH = numeric(50000, "years", "about 50,000 years", tolerance=0.1, relative=True,
                prompt="How far back does the method reach?")
DURATION = numeric(2, "years", "2 years", prompt="How long did the drug work before resistance appeared?")
CREW = numeric(120, None, "120 человек", prompt="Сколько человек было в команде?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, TOWNS, "200-300", False),  # 300 is far from 200
    (EN, TOWNS, "200 to 300", False),
    (EN, TOWNS, "190-210", True),  # both ends within 10%
    (EN, TOWNS, "190 to 210 towns", True),
    (EN, TOWNS, "150-250", False),
    (EN, REACH, "50,000-60,000 years", False),
    (EN, REACH, "roughly 50,000 to 60,000 years", False),
    (EN, REACH, "48,000-52,000 years", True),
    (EN, REACH, "about 50,000 years", True),
    (EN, REACH, "from about 60,000 down to 50,000", True),  # a change, not a span offered
    (EN, DURATION, "only 2 years, 1959 to 1961", True),  # the span is of other figures: the years it ran
    (RU, CREW, "120-150", False),
    (RU, CREW, "около 120", True),
])
def test_a_span_offers_both_its_ends(grader, card, given, right):
    assert grader.grade(card, given).correct is right
