"""A figure given with its working ("1 - 1/4 = 0.75", "3 × 20 = 60 km") is judged on its result, after the last "=",
when the whole answer is not right as it stands (its other figures are steps, not answers: a known mistake among them
does not decide). A wrong result stays wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, NumberSpec

EN = Grader()
RU = Grader(language="ru")


def numeric(value: float, unit: str, answer: str, *mistakes: str) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt="How much?", answer=answer,
                number=NumberSpec(value, unit, 0.0, False), mistakes=tuple(Mistake((m,), "No.") for m in mistakes))


SHARE = numeric(75, "%", "about 75%", "25%")
DISTANCE = numeric(60, "km", "60 km")
ПУТЬ = numeric(60, "km", "60 км")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, SHARE, "1 - 1/4 = 0.75", True),
    (EN, SHARE, "1 - 1/4 = 75%", True),
    (EN, SHARE, "1 - 1/4 = 0.25", False),
    (EN, SHARE, "1/4 = 25%", False),
    (EN, DISTANCE, "3 × 20 = 60 km", True),
    (EN, DISTANCE, "3 × 20 = 50 km", False),
    (RU, ПУТЬ, "20 км/ч · 3 ч = 60 км", True),
])
def test_judged_on_the_result(grader: Grader, card: Card, given: str, right: bool) -> None:
    verdict = grader.grade(card, given)
    assert verdict.correct is right, verdict.trace
