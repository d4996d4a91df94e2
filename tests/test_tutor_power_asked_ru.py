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


@pytest.fixture(scope="module")
def networks() -> Tutor:
    return tutor_on(
        "Приборы в домах Велля подключают к сети параллельно, чтобы каждый получал напряжение сети 220 В.\n\n"
        "Сеть Тарна работает на переменном токе частотой 60 Гц.\n\n"
        "Сеть Велля построили в 1912 году.", "Сети", "ru")


def test_a_frequency_asked_is_no_voltage(networks: Tutor) -> None:
    """"Какая частота тока?" asks a frequency ("частота", not read as "часто"): a voltage of the same network is no
    answer to it, a frequency is."""
    assert networks.ask("Какая частота тока в сети Велля?").kind == "decline"
    assert says(networks, "Какая частота тока в сети Тарна?", "60 Гц")
    asked = networks.analyser.question("Какая частота тока?", normalise("Какая частота тока?"))
    assert asked is not None and "frequency" in asked.wants.measures
