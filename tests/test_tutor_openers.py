"""A spoken question often opens with a word that carries nothing asked ("and who was X?", "but why ...?", "а что
такое X?", "ну а в каком году ...?"): the tutor reads what follows, as it reads the question without it
(`lexicon_openers`). Only before a question word: "so-called" and a conjunction inside a question stay. On small texts
written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.lexicon_openers import without_opener
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

EN_NOTES = """\
Marta Ilves was the harbour master of Lenby from 1841 to 1860.
So the harbour grew, and ships and mills came to Lenby; but the town kept its old walls.
The Lenby lighthouse was built in 1852 because three ships had sunk on the Grey Rocks.
And then the lighthouse keeper, Tom Hale, rang the bell when fog came in.
A tidemill is a water mill driven by the rise and fall of the tide.
Well into the 1890s the tidemill ground corn, and so did the windmill on the hill.
"""
RU_NOTES = """\
Марта Ильвес была смотрительницей гавани Ленбы с 1841 по 1860 год.
А гавань росла, и в Ленбу приходили корабли; но город сохранил старые стены.
Маяк Ленбы построили в 1852 году, потому что у Серых скал затонули три корабля.
И тогда смотритель маяка Том Хейл звонил в колокол, когда приходил туман.
Приливная мельница — это водяная мельница, которую вращает прилив и отлив.
Ну а мельница на холме была ветряной, и на ней тоже мололи зерно.
"""


def tutor(language: str, notes: str) -> Tutor:
    section = Section(id="s", title="Lenby" if language == "en" else "Ленба", notes=notes)
    return Tutor(Pack(id=f"lenby-{language}", title="Lenby", cards=(), sections=(section,), language=language),
                 cache=False)


TUTORS = {"en": tutor("en", EN_NOTES), "ru": tutor("ru", RU_NOTES)}


@pytest.mark.parametrize(("language", "question", "fact"), [
    ("en", "and who was Marta Ilves?", "harbour master"),
    ("en", "But why was the Lenby lighthouse built?", "three ships had sunk"),
    ("en", "ok, so when was the lighthouse built?", "1852"),
    ("en", "And what is a tidemill?", "rise and fall of the tide"),
    ("en", "hmm what is a tidemill?", "rise and fall of the tide"),
    ("ru", "а что такое приливная мельница?", "вращает прилив"),
    ("ru", "А кто такая Марта Ильвес?", "смотрительницей гавани"),
    ("ru", "ну а в каком году построили маяк?", "1852"),
    ("ru", "И почему построили маяк?", "затонули три корабля"),
])
def test_an_opening_word_is_not_asked(language: str, question: str, fact: str) -> None:
    reply = TUTORS[language].ask(question)
    assert reply.kind == "answer" and reply.text.startswith(next(
        line for line in (EN_NOTES if language == "en" else RU_NOTES).splitlines() if fact in line)), reply.text


@pytest.mark.parametrize(("typed", "read"), [
    ("and who was X?", "who was X?"),
    ("But, why did it fall?", "why did it fall?"),
    ("ok so when?", "when?"),
    ("а что такое X?", "что такое X?"),
    ("Ну а в каком году?", "в каком году?"),
    ("и кто это?", "кто это?"),
    # no question word follows: the words stay
    ("so-called tidemills?", "so-called tidemills?"),
    ("and then the tide?", "and then the tide?"),
    ("а Марта?", "а Марта?"),
    ("Ивлев и кто ещё?", "Ивлев и кто ещё?"),
    ("Anderson, who was he?", "Anderson, who was he?"),
])
def test_openers_are_read_only_before_a_question_word(typed: str, read: str) -> None:
    assert without_opener(typed) == read
