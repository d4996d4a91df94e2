"""A word of a Russian question's frame that names nothing of the text: "надо", as "нужно" ("надо ли было платить
за X?", "где надо изучать X?"), is a question word (`lexicon_ru_tutor.RUSSIAN_TUTOR.question_words`), not a thing the
passage must say; the words around it still are. Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
Крестьяне Ольсии получили личную свободу сразу и без выкупа, а за землю платили ещё сорок лет. Выкуп за землю \
собирало государство. Помещики получили за землю облигации.

Старый Тарнис требовал изучать травы в поле, а не только в саду. Травы он собирал с юности.

Из-за болезни Тарнис подолгу жил на берегу и ходил в походы по горам. На корабле он провёл пять лет.
"""


@pytest.fixture(scope="module")
def tarnis() -> Tutor:
    return tutor_on(NOTES, "Тарнис", "ru", section_title="Тарнис")


@pytest.mark.parametrize(("question", "frame", "asked"), [
    ("Надо ли было платить за личную свободу?", "надо", {"платить", "личную", "свободу"}),
    ("Где надо изучать травы?", "надо", {"изучать", "травы"}),
])
def test_frame_words_are_no_units(tarnis: Tutor, question: str, frame: str, asked: set[str]) -> None:
    q = tarnis.analyser.question(question, normalise(question))
    assert q is not None
    units = {u.text for u in q.units}
    assert frame not in units
    assert asked <= units


def test_the_fact_is_answered_without_the_frame_word(tarnis: Tutor) -> None:
    assert says(tarnis, "Где надо изучать травы?", "в поле")
