"""A Russian question asking a figure by its noun in the instrumental, with no verb between ("каким тиражом вышла X?",
"какими тиражами"), asks a figure as "какой тираж X?" does (`lexicon_ru_tutor` asks "numeric"): a sentence telling
only when X came out is no answer. "Каким размером написан X?" asks a verse's metre, no figure. Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
Поэт Ольгерд Тарнис издал сборник «Северные песни» в 1871 году, в год смерти своего учителя.

Роман «Долгая зима» вышел тиражом 3000 экземпляров и разошёлся за месяц.

Поэма «Белый берег» написана пятистопным ямбом.
"""


@pytest.fixture(scope="module")
def poet() -> Tutor:
    return tutor_on(NOTES, "Тарнис", "ru", section_title="Тарнис")


@pytest.mark.parametrize("question", ["Каким тиражом вышли «Северные песни»?",
                                      "Каким тиражом вышли «Северные песни» Тарниса?"])
def test_a_year_gives_no_print_run(poet: Tutor, question: str) -> None:
    assert poet.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Каким тиражом вышла «Долгая зима»?", "3000"),
    ("Каким размером написана поэма «Белый берег»?", "ямбом"),
])
def test_the_figure_or_metre_answers(poet: Tutor, question: str, fact: str) -> None:
    assert says(poet, question, fact)


@pytest.mark.parametrize(("question", "numeric"), [
    ("Каким тиражом вышла книга?", True),
    ("Какими тиражами выходили книги?", True),
    ("Каким напряжением питается лампа?", True),
    ("Каким размером написана поэма?", False),
    ("Каким образом вышла книга?", False),
])
def test_what_the_question_asks(poet: Tutor, question: str, numeric: bool) -> None:
    q = poet.analyser.question(question, normalise(question))
    assert q is not None and q.wants.numeric is numeric
