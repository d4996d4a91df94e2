""""Насколько толстый / тонкий / быстрый / тяжёлый X?" asks for a figure of the property's measure, as "какой толщины",
"how thick", "how heavy" do (`TutorWords.measures`): a length, a speed, a mass. A passage giving the figure answers
("Толщина стен — 3 метра", "весит 2 тонны"); one saying no figure of that kind is no answer. Invented notes, of no
pack."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
Крепость Арво стоит на высоком холме над рекой Сенкой.
Толщина стен крепости Арво достигает 3 метров.
Колокол Брела отлит из меди в городе Вельске.
Колокол Брела весит около 2 тонн.
Башня Брела построена из серого камня.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Крепости долины", language="ru")


@pytest.mark.parametrize(("question", "kind"), [
    ("Насколько толстые стены крепости Арво?", "length"),
    ("Насколько тонкий лёд на реке?", "length"),
    ("Насколько тяжёлый колокол Брела?", "mass"),
    ("Насколько быстрый поток реки Сенки?", "speed"),
])
def test_the_adjective_asks_a_figure_of_its_measure(tutor: Tutor, question: str, kind: str) -> None:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asked.wants.numeric and kind in asked.wants.measures


@pytest.mark.parametrize(("question", "fact"), [
    ("Насколько толстые стены крепости Арво?", "3 метров"),
    ("Насколько тяжёлый колокол Брела?", "2 тонн"),
])
def test_a_figure_of_the_measure_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", ["Насколько толстая башня Брела?", "Насколько тяжёлая башня Брела?"])
def test_no_figure_of_the_measure_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"
