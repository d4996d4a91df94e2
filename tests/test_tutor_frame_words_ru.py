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


DEEDS = """\
Хранители маяка на мысе Ольв зажигают огонь на закате и гасят его на рассвете. Маяк построили из серого камня.

С докладом о новом маяке на съезде выступил инженер Тарнис.

Фонари маяка отливают из бронзы, а стёкла шлифуют вручную. Большой фонарь весит две тонны.
"""


@pytest.fixture(scope="module")
def lighthouse() -> Tutor:
    return tutor_on(DEEDS, "Маяк", "ru", section_title="Маяк")


@pytest.mark.parametrize(("question", "fact"), [
    ("Что делают хранители маяка на закате?", "зажигают огонь"),  # the deed, said by its own verb
    ("Кто делал доклад о маяке на съезде?", "Тарнис"),
])
def test_the_verb_standing_for_a_deed_frames_the_question(lighthouse: Tutor, question: str, fact: str) -> None:
    assert says(lighthouse, question, fact)


@pytest.mark.parametrize(("question", "framed"), [
    ("Кто делал доклад о маяке на съезде?", True),
    ("Когда сделали первый фонарь маяка?", True),
    ("Из чего делают фонари маяка?", False),  # a material asked: the verb of making is asked (`materials`)
])
def test_a_verb_of_making_in_a_material_question_stays_whole(lighthouse: Tutor, question: str, framed: bool) -> None:
    q = lighthouse.analyser.question(question, normalise(question))
    assert q is not None
    verb = [u for u in q.units if u.text.startswith(("дела", "сдела"))]
    assert (not verb or verb[0].light) is framed


def test_an_english_light_word_of_making_stays_light() -> None:
    tutor = tutor_on("The old lighthouse on Cape Olv was built of grey stone. Its lamps were cast in bronze.\n",
                     "Lighthouse", "en", section_title="Lighthouse")
    q = tutor.analyser.question("What were the lamps made of?", normalise("What were the lamps made of?"))
    assert q is not None
    assert all(u.light for u in q.units if u.text == "made")
