"""A condition with the opposite quality names another case: "при хорошей погоде полёт откладывают" does not make
"если погода плохая, полёт откладывают", nor "при низком давлении" "если давление высокое" (Russian "высокий" /
"низкий", "хороший" / "плохой" are opposites, as English "high" / "low", "good" / "bad"), however the condition is said
("при", "если", "когда", a clause of its own); the same quality in another form of condition still makes it. Invented
texts, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru", texts=("Если погода плохая, полёт воздушного шара откладывают до утра. Если давление в "
                                  "котле высокое, предохранительный клапан открывают вручную.",))
EN = Grader(language="en", texts=("If the weather is bad, the balloon flight is put off until morning. If the pressure "
                                  "in the boiler is high, the safety valve is opened by hand.",))


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Когда? / When?", answer=text, keypoints=(Keypoint(text),))


WEATHER = point("если погода плохая, полёт воздушного шара откладывают до утра")
PRESSURE = point("если давление в котле высокое, предохранительный клапан открывают вручную")
EN_WEATHER = point("if the weather is bad, the balloon flight is put off until morning")
EN_PRESSURE = point("if the pressure in the boiler is high, the safety valve is opened by hand")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, WEATHER, "при хорошей погоде полёт воздушного шара откладывают до утра", False),
    (RU, WEATHER, "когда погода хорошая, полёт шара откладывают до утра", False),
    (RU, WEATHER, "погода хорошая, поэтому полёт воздушного шара откладывают до утра", False),
    (RU, WEATHER, "при плохой погоде полёт воздушного шара откладывают до утра", True),
    (RU, WEATHER, "если погода плохая, полёт шара откладывают до утра", True),
    (RU, PRESSURE, "при низком давлении в котле предохранительный клапан открывают вручную", False),
    (RU, PRESSURE, "если давление в котле низкое, предохранительный клапан открывают вручную", False),
    (RU, PRESSURE, "при высоком давлении в котле клапан открывают вручную", True),
    (EN, EN_WEATHER, "in good weather the balloon flight is put off until morning", False),
    (EN, EN_WEATHER, "when the weather is good the balloon flight is put off until morning", False),
    (EN, EN_WEATHER, "in bad weather the balloon flight is put off until morning", True),
    (EN, EN_PRESSURE, "at low pressure in the boiler the safety valve is opened by hand", False),
    (EN, EN_PRESSURE, "when the pressure in the boiler is high, the safety valve is opened by hand", True),
])
def test_a_condition_with_the_opposite_quality(grader: Grader, card: Card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, verdict.trace
