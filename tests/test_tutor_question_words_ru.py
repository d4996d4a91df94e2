"""Russian question words asked another way: "насколько X был старше Y?" asks by how much (a figure), as "на
сколько" does; the noun after "насколько" is then no kind of answer ("насколько жена ..." does not ask for a
person), while "насколько глубок X?" still asks for a depth. Invented texts, general words only.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import tutor_on


@pytest.fixture(scope="module")
def family() -> Tutor:
    return tutor_on(
        "Младший брат был на семь лет моложе старшего: ему было двенадцать лет, а брату девятнадцать.\n"
        "Братья Орловы жили в Твери у дяди, купца Сергея Орлова.\n"
        "\n"
        "Озеро Светлое глубокое: его глубина 40 метров.\n", "Братья Орловы", "ru", section_title="Семья")


@pytest.mark.parametrize(("question", "numeric", "person"), [
    ("Насколько младший брат был моложе старшего?", True, False),
    ("Насколько жена была старше мужа?", True, False),
    ("На сколько лет брат моложе?", True, False),
    ("Насколько глубоко озеро Светлое?", True, False),
    ("Кто был дядей братьев?", False, True),
])
def test_by_how_much_asks_for_a_figure(family: Tutor, question: str, numeric: bool, person: bool) -> None:
    asked = family.analyser.question(question, normalise(question))
    assert asked is not None
    assert (asked.wants.numeric, asked.wants.person) == (numeric, person)

