""""How quickly" is answered by the time a thing took (`CountWords.taken`, `frames.TAKEN`): "как быстро подняли
колокол?" by "... подняли за 42 минуты", "how quickly was the well dug?" by "... in just three weeks"; a question for
a speed ("какая скорость", "what speed") is not, nor what the notes do not say. Shown on small notes written here
(no pack's subject)."""

from __future__ import annotations

import re

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

RU_NOTES = """\
Мост через реку Ольху построил артельщик Сомов в 1830 году.
Рабочие собрали мост за три недели, работая днём и ночью.
Паводок 1841 года снёс две опоры моста.
Плотник Гусев придумал новые леса, и опоры восстановили после паводка примерно за 5 дней.
Опоры восстановили из дуба в 1842 году.
В 1900 году мост покрасили в зелёный цвет.
"""
EN_NOTES = """\
The old well in the village square was dug by the miller Hobbs in 1820.
The workers dug the well in just three weeks, working day and night.
The water rose to the top within an hour after the spring was struck.
In 1900 the well was covered with a stone roof.
"""


def _tutor(language: str, notes: str) -> Tutor:
    return Tutor(Pack(id="t", title="T", language=language, cards=(),
                      sections=(Section(id="s", title="Notes", notes=notes),)), cache=False)


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return _tutor("ru", RU_NOTES)


@pytest.fixture(scope="module")
def en() -> Tutor:
    return _tutor("en", EN_NOTES)


@pytest.mark.parametrize(("question", "fact"), [
    ("как быстро собрали мост", "за три недели"),
    ("как быстро восстановили опоры моста", "примерно за 5 дней"),
])
def test_how_quickly_is_the_time_taken_ru(ru, question, fact):
    reply = ru.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize(("question", "fact"), [
    ("how quickly was the well dug", "in just three weeks"),
    ("how fast did the water rise", "within an hour"),
])
def test_how_quickly_is_the_time_taken_en(en, question, fact):
    reply = en.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["как быстро построили церковь", "какая скорость течения у ольхи",
                                      "как быстро покрасили забор"])
def test_what_the_notes_do_not_say_is_still_declined_ru(ru, question):
    assert ru.ask(question).kind == "decline"


@pytest.mark.parametrize("question", ["how quickly was the church built", "what speed did the water reach"])
def test_what_the_notes_do_not_say_is_still_declined_en(en, question):
    assert en.ask(question).kind == "decline"


@pytest.mark.parametrize(("text", "taken"), [
    ("it killed within two or three days", True), ("the roof was mended in a few hours", True),
    ("the fire spread in a single day", True), ("the pond froze within eight days", True),
    ("it killed within about a week", True),
    ("it killed two or three people", False), ("in two ways the roof was mended", False),
    ("within two or three metres of the wall", False),
])
def test_the_time_taken_may_be_said_in_words(text, taken):
    from studybot.core.lexicon_counts import ENGLISH_COUNTS
    assert bool(re.search(ENGLISH_COUNTS.taken, text)) is taken


FEVERS = """\
The grey fever killed about half of those it infected, usually within about a week.
The red fever killed almost everyone it infected, usually within two or three days.
The grey fever spread along the rivers.
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("how quickly did the red fever kill", "two or three days"),
    ("how quickly did the grey fever kill", "about a week"),
])
def test_a_time_in_words_answers_how_quickly_of_its_own_subject(question, fact):
    reply = _tutor("en", FEVERS).ask(question)
    assert reply.kind == "answer" and fact in reply.sentences[0]
