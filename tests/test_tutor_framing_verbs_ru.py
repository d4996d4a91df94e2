"""Verbs of a Russian question that only frame what it asks of the things it names, which the text tells with its own
verb: fame ("чем известен X?"), use ("зачем используют X?"), learning of a fact ("каким прибором узнают X?", "как X
понял, что ...?") are light in their own form, and left out when the text never says them (`RU_FRAMING_WORDS`).
Verbs the tutor reads as a frame of its own (making, a change, a difference) are not among them. Invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.lexicon_framing import RU_FRAMING_WORDS
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def lake() -> Tutor:
    return tutor_on(
        "Доцент Томского университета Аркадий Ветлугин в 1932 году начал ежегодные замеры солёности у мыса Ольхон.\n"
        "Ботаник Варвара Сосновская в 1950-х годах описала водоросли северных заливов.\n"
        "Лодки рыбаков обшивают кедром, потому что он лёгкий и не гниёт в воде.\n"
        "Солёность воды измеряют кондуктометром, который опускают на тросе с лодки.\n"
        "Смотритель Пётр Карпов по помутнению воды у берега предсказал оползень за два дня до него.\n"
        "Глубину озера впервые измерили в 1899 году; прибор для этого называют лотом.\n",
        "Озеро", "ru", section_title="Озеро")


@pytest.mark.parametrize(("question", "fact"), [
    ("Чем известен Аркадий Ветлугин?", "замеры солёности"),
    ("Чем прославилась Сосновская?", "описала водоросли"),
    ("Зачем в лодках используют кедр?", "не гниёт"),
    ("Каким прибором узнают солёность воды?", "кондуктометром"),
    ("Как Карпов понял, что будет оползень?", "по помутнению"),
])
def test_a_framing_verb_leaves_the_question_to_its_things(lake: Tutor, question: str, fact: str) -> None:
    assert says(lake, question, fact)


@pytest.mark.parametrize(("question", "word"), [
    ("Чем известен Ветлугин?", "известен"),
    ("Каким прибором узнают солёность?", "узнают"),
])
def test_a_framing_verb_the_text_never_says_is_no_unit(lake: Tutor, question: str, word: str) -> None:
    asked = lake.analyser.question(question, normalise(question))
    assert asked is not None
    assert word not in {u.text for u in asked.units}
    assert asked.units


@pytest.mark.parametrize("question", [
    "Чем известен Игнат Бурлаков?",  # a person the text does not name
    "Зачем используют гранит?",  # nor a thing
])
def test_the_frame_alone_answers_nothing(lake: Tutor, question: str) -> None:
    assert lake.ask(question).kind == "decline"


@pytest.mark.parametrize("verb", ["делают", "меняется", "отличается"])
def test_verbs_read_as_frames_of_their_own_are_not_among_them(verb: str) -> None:
    assert verb not in RU_FRAMING_WORDS
