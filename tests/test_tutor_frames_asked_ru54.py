"""Russian questions whose verb only frames what is asked, which the text tells without that verb (round 54): a final
score ("с каким счётом закончился матч?": the score given with the result, `lexicon_framing.RU_FRAMING_PHRASES`).
The verb is left out; what the question names must still be said, even where the text uses the verb of other things
(there it weighed as much as the things named, and the sentence giving the score fell short). Invented texts.
"""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_ru_tutor import RUSSIAN_TUTOR
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def marsh() -> Tutor:
    return tutor_on(
        "На болотах Полесья растут два вида мха.\n"
        "Весной над болотом кружат журавли.\n"
        "Первый турнир по городкам в Пинске прошёл в 1925 году.\n"
        "Команда Пинска выиграла финал со счётом 7:4.\n"
        "В 1926 году в Пинске снова играли финал турнира.\n"
        "Турнир 1927 года прошёл в Бресте.\n"
        "Сезон охоты на болотах закончился в ноябре, а осушение завершилось к 1900 году.\n",
        "Болота Полесья", "ru", section_title="Болота")


@pytest.mark.parametrize(("question", "fact"), [
    ("С каким счётом закончился финал?", "7:4"),
    ("С каким счётом завершился финал 1925 года?", "7:4"),
])
def test_a_framing_verb_leaves_the_question_to_its_things(marsh: Tutor, question: str, fact: str) -> None:
    assert says(marsh, question, fact)


@pytest.mark.parametrize("question", [
    "С каким счётом закончился полуфинал в Бресте?",  # a match the text does not tell of
    "С каким счётом закончился финал 1931 года?",  # nor a year it tells of
])
def test_the_frame_alone_answers_nothing(marsh: Tutor, question: str) -> None:
    assert marsh.ask(question).kind == "decline"


def _rewritten(question: str) -> str:
    text = normalise(question)
    for pattern, replacement in RUSSIAN_TUTOR.rewrites:
        text = re.sub(pattern, replacement, text)
    return " ".join(text.split())


@pytest.mark.parametrize(("question", "kept"), [
    ("Когда закончился турнир?", "закончился"),  # the end itself is asked
    ("Каким матчем закончился турнир?", "закончился"),  # what came last, no score
])
def test_the_verb_stays_where_it_is_what_is_asked(question: str, kept: str) -> None:
    assert kept in _rewritten(question)


@pytest.mark.parametrize(("question", "dropped"), [
    ("С каким счётом закончился финал?", "закончился"),
    ("С каким итоговым счётом завершился финал?", "завершился"),
    ("Со каким счетом окончилась встреча?", "окончилась"),
])
def test_the_verb_of_the_frame_is_dropped(question: str, dropped: str) -> None:
    assert dropped not in _rewritten(question)
