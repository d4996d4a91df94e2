"""An age said by its decade ("in his mid-forties", "her late twenties") is the span of years it says (English; issue
#11, the lead's own pack): a numeric card takes it where its tolerance covers every year of the span, as any span.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN = Grader()


def age(value: float, tolerance: float) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt="How old was the navigator when he died?",
                answer=f"about {value:g}" if tolerance else f"{value:g}",
                number=NumberSpec(value=value, unit="years", tolerance=tolerance))


@pytest.mark.parametrize(("card", "answer", "right"), [
    (age(45, 2), "in his mid-forties", True),  # 44-46, within 43-47
    (age(45, 2), "he was in his mid forties", True),
    (age(45, 2), "in his forties", False),  # 40-49: wider than the tolerance
    (age(45, 2), "in his early forties", False),  # 40-43
    (age(45, 2), "in his late forties", False),
    (age(45, 2), "in his mid-fifties", False),
    (age(45, 0), "in his mid-forties", False),  # an exact age is no span
    (age(28, 2), "in her late twenties", True),  # 27-29, within 26-30
    (age(28, 2), "in her early twenties", False),
    (age(35, 5), "in his thirties", True),  # 30-39 within 30-40
])
def test_an_age_by_its_decade(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right
