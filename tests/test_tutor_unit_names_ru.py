"""A unit's name in a Russian question ("на сколько метров выше?", "сколько километров до X?", "сколько тонн весил
X?") asks for a figure of that unit's kind, which the text may write by its symbol ("на 40 м", "3 км", "12 т") or in
another unit of the kind; a figure of another kind ("300 кг" for "сколько километров") does not say it. General
words only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def towers() -> Tutor:
    return tutor_on(
        "Северная башня выше Южной на 40 м.\n"
        "Южная башня стоит у моря с 1820 года.\n"
        "От моря до города идти 3 км пешком.\n"
        "Большой колокол башни весит 12 т.\n"
        "Лодку с уловом в 300 кг тянули к мельнице.\n", "Башни", "ru", section_title="Башни")


@pytest.mark.parametrize(("question", "fact"), [
    ("на сколько метров северная башня выше южной", "40 м"),
    ("Сколько километров от моря до города?", "3 км"),
    ("сколько тонн весит большой колокол", "12 т"),
])
def test_a_unit_named_is_said_by_its_symbol(towers: Tutor, question: str, fact: str) -> None:
    assert says(towers, question, fact)


@pytest.mark.parametrize(("question", "kind"), [
    ("на сколько метров выше северная башня", "zqlength"),
    ("сколько килограммов весит колокол", "zqmass"),
    ("сколько литров воды в бочке", "zqvolume"),
])
def test_a_unit_name_is_met_by_a_figure_of_its_kind(towers: Tutor, question: str, kind: str) -> None:
    asked = towers.analyser.question(question, normalise(question))
    assert asked is not None
    assert any(kind in u.strong for u in asked.units)


def test_a_figure_of_another_kind_does_not_say_it(towers: Tutor) -> None:
    assert towers.ask("сколько километров тянули лодку к мельнице").kind == "decline"
