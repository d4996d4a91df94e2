"""A Russian question asking an average ("какая средняя температура X?", "сколько в среднем ...?") is answered only by
a passage saying an average, itself or in a sentence next to it; a record or one occasion of the same measure is no
average, and the tutor declines when no passage says one (`tutor.averages_ru`). Invented texts."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def station() -> Tutor:
    return tutor_on(
        "На станции Ольвен в 1987 году измерили самую низкую температуру края — минус 61 °C.\n\n"
        "Средняя глубина озера Тарнис — 40 м.\n\n"
        "Наибольшая глубина озера Тарнис — 212 м.\n\n"
        "Через Среднюю Вельду за год проходит 300 судов.\n", "Станция Ольвен", "ru", section_title="Станция")


@pytest.mark.parametrize(("question", "fact"), [
    ("Какая средняя глубина озера Тарнис?", "40 м"),
    ("Какая самая низкая температура на станции Ольвен?", "минус 61"),
    ("Сколько судов проходит через Среднюю Вельду за год?", "300 судов"),  # a name, no average
])
def test_the_figure_asked_answers(station: Tutor, question: str, fact: str) -> None:
    assert says(station, question, fact)


@pytest.mark.parametrize("question", [
    "Какая средняя температура на станции Ольвен?",  # the lowest is no average
    "Какая температура в среднем на станции Ольвен?",
])
def test_another_figure_of_the_measure_is_no_average(station: Tutor, question: str) -> None:
    assert station.ask(question).kind == "decline"
