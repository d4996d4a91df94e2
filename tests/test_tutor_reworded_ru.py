"""The tutor's second look in Russian (`tutor.reworded_ru`): the best passage says a word of the question with a
word the Russian tables give as its synonym, nouns and later senses included (`wordnet_ru.wide_synonyms`). Invented
notes, no pack's."""

from __future__ import annotations

import pytest

from studybot.core.language import language
from studybot.core.text import normalise
from studybot.core.tutor.reworded import said_otherwise
from studybot.core.tutor.reworded_ru import saying_ru
from tests.notes import says, tutor_on

NOTES = """\
Мельницу в Орбеке построили ткачи из Варна в 1790 году.
Двигатель мельницы заменили в 1912 году, когда старое колесо сгнило.
Весной 1848 года наводнение разрушило гавань и старую мельницу.
После наводнения купцы переселились на север, в Кессель, где граф дал им землю.
Ткачи остались и восстановили мельницу из камней разрушенной стены гавани.
Автомобиль мельника стоял у ворот до самой войны.
"""
STEM = language("ru").stem
STOP = frozenset({"в", "и", "на", "из", "до", "когда", "был", "была"})


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Мельница в Орбеке", language="ru")


def test_a_noun_said_otherwise_in_the_best_passage_answers(tutor):
    assert says(tutor, "Когда заменили мотор мельницы?", "1912")  # "мотор": "двигатель"


def test_the_thresholds_alone_decline_it(tutor):
    """Without the word said otherwise the ranking's own choice declines (the rule is what answers)."""
    question = "Когда заменили мотор мельницы?"
    asked = tutor.analyser.question(question, normalise(question))
    ranked = tutor.ranker.rank(asked)
    assert tutor.ranker.choose(asked, ranked) is None
    assert said_otherwise(tutor.ranker, asked, ranked) is not None


@pytest.mark.parametrize("question", [
    "Когда заменили мотор трактора?",  # the notes name no tractor
    "Когда покрасили мотор мельницы?",  # nothing says "покрасили"
    "Кто починил мотор?",
    "Сколько стоил мотор мельницы?",
    "Когда купцы закончили переселение?",
])
def test_questions_the_notes_do_not_answer_are_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_saying_finds_the_word_of_the_passage():
    assert saying_ru("мотор", ["двигатель", "мельницы", "заменили"], STOP, STEM) == "двигатель"
    assert saying_ru("моторы", ["двигателей", "было", "два"], STOP, STEM) == "двигателей"  # any form
    assert saying_ru("закончили", ["ремонт", "завершили", "весной"], STOP, STEM) == "завершили"


def test_saying_keeps_the_word_itself_other_parts_of_speech_and_unknown_words_out():
    assert saying_ru("мотор", ["мотора", "нет"], STOP, STEM) is None  # the word itself: coverage's business
    assert saying_ru("мотор", ["колесо", "сгнило"], STOP, STEM) is None
    assert saying_ru("закончили", ["окончание", "ремонта"], STOP, STEM) is None  # a verb is met by a verb's form
    assert saying_ru("ксилофонист", ["двигатель"], STOP, STEM) is None  # a word the tables do not hold
