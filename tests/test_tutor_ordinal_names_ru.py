"""A Russian series member's name, a word and its number ("Зонд-2", "Восток-6"), is also said by the ordinal before
the word: "второй зонд", "на шестом Востоке" (`tutor.ordinal_names`). Not an acronym ("ОКБ-1"), not a number past
ten ("Ту-104"), not in English. General words only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.ordinal_names import with_ordinals
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("aliases", "text", "code", "expected"), [
    ({}, "Зонд-2 сел на Луну. Зонда-2 ждали долго.", "ru", {"Зонд-2": ("второй зонд",)}),
    ({"Восток-6": ("Восток 6",)}, "Полёт Восток-6.", "ru", {"Восток-6": ("Восток 6", "шестой восток")}),
    ({"Зонд-1": ("первый зонд",)}, "Зонд-1 упал.", "ru", {"Зонд-1": ("первый зонд",)}),  # the pack says it already
    ({"Главный зонд": ("Зонд-3",)}, "", "ru", {"Главный зонд": ("Зонд-3", "третий зонд")}),
    ({}, "ОКБ-1 строило ракеты; Ту-104 летал; Зонд-12 молчал.", "ru", {}),
    ({}, "Probe-2 landed; Зонд-2 сел.", "en", {}),
])
def test_ordinal_names(aliases: dict[str, tuple[str, ...]], text: str, code: str,
                       expected: dict[str, tuple[str, ...]]) -> None:
    assert with_ordinals(aliases, code, text) == {**aliases, **expected}


@pytest.fixture(scope="module")
def probes() -> Tutor:
    return tutor_on(
        "Зонд-1 упал в океан через час после старта.\n"
        "Зонд-2 был запущен весной; на его борту летела черепаха.\n"
        "Масса Зонда-2 составляла 390 кг.\n"
        "Зонд-3 запустили осенью, и он проработал на орбите год.\n"
        "Второй пуск ракеты отложили из-за ветра, хотя масса ракеты была невелика — 40 т.\n"
        "Первый старт с нового полигона прошёл летом.\n", "Зонды", "ru", section_title="Зонды")


@pytest.mark.parametrize(("question", "fact", "not_fact"), [
    ("какая масса была у второго зонда", "390 кг", "40 т"),
    ("когда запустили второй зонд", "весной", "Второй пуск"),
    ("что случилось с первым зондом", "упал", "Первый старт"),
    ("когда запустили третий зонд", "осенью", "весной"),
])
def test_an_ordinal_asks_of_the_member(probes: Tutor, question: str, fact: str, not_fact: str) -> None:
    reply = probes.ask(question)
    assert says(probes, question, fact)
    assert not_fact not in " ".join(reply.sentences)
