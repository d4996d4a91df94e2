"""Who does a point's deed where the doer is a common noun (Russian, `grading/subject_nouns.py`): a point opening
with its subject and verb ("ледник заполняет долину") is not made by an answer that gives the verb to another noun
opening its clause, the point's subject named only in another clause ("река заполняет долину, а ледник режет дно").
Invented cards (a mill's wheels, a harbour's tides); each row says what a fair teacher marks."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")


def explain(point: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),),
                need=1)


WHEEL = explain("верхнее колесо вращает жернова и поднимает мешки", "Почему мельница работала без лошадей?")
TIDE = explain("прилив заливает всю гавань и поднимает баржи", "Почему баржи уходили только днём?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (WHEEL, "верхнее колесо вращает жернова и поднимает мешки", True),
    (WHEEL, "нижнее колесо крутит насос, а верхнее колесо вращает жернова и поднимает мешки", True),
    (WHEEL, "потому что верхнее колесо вращает жернова и поднимает мешки, а нижнее стоит", True),
    # the deed given to another noun opening its clause, the point's subject only in another clause
    (WHEEL, "ветер вращает жернова и поднимает мешки, а верхнее колесо стоит", False),
    (WHEEL, "потому что ветер вращает жернова и поднимает мешки, а колесо стоит", False),
    (WHEEL, "потому что верхнее колесо вращает жернова, а ветер поднимает мешки", False),  # the second deed
    (TIDE, "прилив заливает всю гавань и поднимает баржи", True),
    (TIDE, "река заливает всю гавань и поднимает баржи, а прилив уходит", False),
    (TIDE, "отлив осушает гавань, а прилив заливает всю гавань и поднимает баржи", True),
])
def test_another_noun_does_the_deed(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
