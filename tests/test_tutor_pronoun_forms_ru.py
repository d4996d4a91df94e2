"""Russian questions: the forms of "весь", "тот", "этот" ("всей", "этом", "тем") and the reciprocal "друг (на)
друга" say no more of what is asked than "всех" or "этого" do, and "прежде чем" is a conjunction. Invented notes of
no pack (`lexicon_ru_tutor`). Found by tdecru (round 16) on TUNE packs: TUNE +3 answered, held out +1, nothing else
moved (PROBE 0)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def dolina() -> Tutor:
    return tutor_on(
        "Озеро Тарум лежит в Северной Карелии, на высоте 120 метров.\n"
        "Его длина 14 километров, а глубина доходит до 60 метров.\n"
        "\n"
        "Выдры и бобры в долине не мешают: выдры ловят рыбу, бобры строят плотины.\n"
        "Рыбаки приходят к озеру весной, когда сходит лёд.\n"
        "\n"
        "Мельник Аркадий Ветров построил первую мельницу на реке Тарумке в 1822 году.\n"
        "Его сын Пётр Ветров перестроил её в камне.\n", "Долина Тарума", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("какова длина всего этого озера?", "14 километров"),
    ("какова глубина озера при всей его длине?", "60 метров"),
    ("мешают ли выдры и бобры друг другу?", "не мешают"),
    ("как выдры и бобры влияют друг на друга?", "не мешают"),
    ("где лежит озеро Тарум, в Северной Карелии?", "Северной Карелии"),
    ("кто построил мельницу на Тарумке?", "Аркадий Ветров"),
])
def test_answered(dolina: Tutor, question: str, fact: str) -> None:
    assert says(dolina, question, fact)


@pytest.mark.parametrize("question", [
    "сколько стоила мельница?",
    "кто был другом мельника?",
    "какая погода в Северной Карелии зимой?",
])
def test_still_declined(dolina: Tutor, question: str) -> None:
    assert dolina.ask(question).kind == "decline"
