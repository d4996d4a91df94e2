"""Russian "какой мощности X?", "какая мощность", "какой КПД" ask a figure, as "какой высоты" does (`RUSSIAN_TUTOR`'s
"numeric"): a sentence naming X but giving no figure answers none of them ("Двигатель «Кречет» поставили на катер"),
while one giving it does. "Как регулируют мощность?" asks a manner, not a figure. General words only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def engines() -> Tutor:
    return tutor_on(
        "Двигатель «Сокол» развивал мощность 40 лошадиных сил.\n\n"
        "Двигатель «Кречет» поставили на речной катер вместо старой машины.\n\n"
        "КПД паровой машины «Сокол» составлял около 8%.\n\n"
        "Паровую машину «Кречет» топили углём и дровами.\n\n"
        "Мощность двигателя «Кречет» регулировали заслонкой.", "Двигатели", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Какой мощности был двигатель «Сокол»?", "40 лошадиных сил"),
    ("Какая мощность у двигателя «Сокол»?", "40 лошадиных сил"),
    ("Какой КПД был у паровой машины «Сокол»?", "8%"),
])
def test_a_figure_given_answers(engines: Tutor, question: str, fact: str) -> None:
    assert says(engines, question, fact)


@pytest.mark.parametrize("question", [
    "Какой мощности был двигатель «Кречет»?",
    "Какой КПД был у паровой машины «Кречет»?",
    "Каков КПД машины «Кречет»?",
])
def test_no_figure_given_is_no_answer(engines: Tutor, question: str) -> None:
    assert engines.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "numeric"), [
    ("Какой мощности был двигатель?", True),
    ("Какая мощность у двигателя?", True),
    ("Каков КПД машины?", True),
    ("Как регулируют мощность двигателя?", False),
    ("Почему упала мощность двигателя?", False),
])
def test_what_asks_a_figure(engines: Tutor, question: str, numeric: bool) -> None:
    asked = engines.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.numeric is numeric
