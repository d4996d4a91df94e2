"""A measure noun asked after the adjectives that qualify it ("какая средняя годовая температура X?", "какова общая
длина X?"): it asks that measure as "какая температура X?" does, so a passage with a figure of it answers before one
with a figure of another measure (`Analyser._qualified`). An adjective of a measure itself is no such qualifier:
"какой самый высокий X?" asks for a thing. Shown on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

NOTES = """\
Метеостанция Кедровая стоит на перевале на высоте около 2100 м.
На метеостанции Кедровой самая низкая температура воздуха за зиму — минус 41 °C.
Метеостанцию Кедровую открыли в 1934 году.
Самая высокая вершина у перевала — гора Белуха.
"""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Метеостанция Кедровая", "ru")


@pytest.mark.parametrize(("question", "kinds"), [
    ("Какая самая низкая температура на метеостанции Кедровой?", {"temperature"}),
    ("Какова средняя годовая температура на метеостанции?", {"temperature"}),
    ("Какая температура на метеостанции?", {"temperature"}),
    ("Какая общая длина перевала?", {"length"}),
])
def test_ru_a_qualified_measure_noun_asks_its_measure(tutor, question, kinds):
    asked = tutor.analyser.question(question, question.lower())
    assert asked is not None and asked.wants.numeric and set(asked.wants.measures) >= kinds


@pytest.mark.parametrize("question", ["Какая самая высокая вершина у перевала?", "Какая старая станция на перевале?"])
def test_ru_an_adjective_alone_asks_no_figure(tutor, question):
    asked = tutor.analyser.question(question, question.lower())
    assert asked is not None and not asked.wants.numeric


def test_ru_the_figure_of_the_measure_asked_answers(tutor):
    assert says(tutor, "Какую самую низкую температуру измерили на Кедровой?", "минус 41")
