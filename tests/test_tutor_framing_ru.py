"""Words that only frame a Russian question are no unit of it: the conjunction "если" ("что будет, если ...?") and
"идёт" of a process or a range ("от какого до какого значения идёт шкала?", "с чем идёт реакция?"), as "шла",
"шло" already are; "в начале / в конце / в середине X" say when, as "вначале" does, and "в биографии X" frames
the question as "в статье" does (light words). General words only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def scale() -> Tutor:
    return tutor_on(
        "Шкала прочности минералов охватывает значения от 1 до 10.\n"
        "Самый мягкий минерал шкалы — тальк.\n"
        "\n"
        "Если алмаз нагреть без доступа воздуха, он превращается в графит.\n"
        "Алмаз состоит из углерода.\n", "Минералы", "ru", section_title="Минералы")


@pytest.mark.parametrize(("question", "word"), [
    ("От какого до какого значения идёт шкала прочности?", "идет"),
    ("Что будет, если алмаз нагреть без воздуха?", "если"),
    ("Как идут реакции в растворе?", "идут"),
])
def test_a_framing_word_is_no_unit(scale: Tutor, question: str, word: str) -> None:
    asked = scale.analyser.question(question, normalise(question))
    assert asked is not None
    assert word not in {u.text for u in asked.units}
    assert asked.units  # the rest is still asked about


@pytest.mark.parametrize(("question", "fact"), [
    ("От какого до какого значения идёт шкала прочности?", "от 1 до 10"),
])
def test_a_question_framed_so_is_answered(scale: Tutor, question: str, fact: str) -> None:
    assert says(scale, question, fact)


def test_at_the_start_of_frames_a_time_not_the_verb_began() -> None:
    """"в начале войны" says when, as "вначале" does: not the verb "начал" of another sentence."""
    tutor = tutor_on(
        "Северным полком командовал генерал Антон Ильич Ветров; полк стоял у Нарвы.\n"
        "Зимой Ветров начал строить новую крепость у Пскова.\n", "Северная война", "ru", section_title="Полки")
    question = "Кем был Ветров в начале войны?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert all(u.light for u in asked.units if u.text in ("начале", "войны"))
    assert says(tutor, question, "командовал")


def test_in_the_biography_of_frames_a_question() -> None:
    """"в биографии X" frames the question, as "в статье" does: who someone was in X's life."""
    tutor = tutor_on(
        "На выпускном экзамене присутствовал старый поэт Гавриил Ветров, и он похвалил стихи юного Орлова.\n"
        "Орлов окончил лицей в 1817 году.\n", "Поэт Орлов", "ru", section_title="Лицей")
    question = "Кто такой Ветров в биографии Орлова?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert all(u.light for u in asked.units if u.text == "биографии")
    assert says(tutor, question, "старый поэт")
