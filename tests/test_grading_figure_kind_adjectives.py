"""A figure glued by a hyphen to a Russian adjective names a kind of thing ("по 12-балльной шкале", "в 5-этажном
доме"): beside another figure it is no value offered, so the answer offers the other figure alone (core/grading/
numeric.py `_hedged`). Cards on invented subjects (a tremor felt in a village, a house); each row says what a fair
teacher marks."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

RU = Grader(language="ru")


def numeric(value: float, unit: str, answer: str, prompt: str, tolerance: float = 0.0) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, unit, tolerance, False))


TREMOR = numeric(7.5, "баллов", "7–8 баллов (по 12-балльной шкале)", "Какой силы был толчок в деревне?", 0.5)
HOUSE = numeric(5, "", "5 этажей", "Сколько этажей было в доме?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (TREMOR, "7–8 баллов (по 12-балльной шкале)", True),  # the card's own answer
    (TREMOR, "8 баллов по 12-балльной шкале", True),
    (TREMOR, "по 12-балльной шкале 7 баллов", True),
    (TREMOR, "7 баллов, дом был 5-этажный", True),
    (TREMOR, "7-8 баллов", True),
    # ... but a wrong figure, or a hedge, stays wrong; and the scale's figure alone is no answer
    (TREMOR, "6-8 баллов по 12-балльной шкале", False),
    (TREMOR, "10 баллов по 12-балльной шкале", False),
    (TREMOR, "12-балльной", False),
    # a figure glued so with no other is still the figure said
    (HOUSE, "5-этажный", True),
    (HOUSE, "4-этажный", False),
])
def test_a_figure_that_names_a_kind(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right
