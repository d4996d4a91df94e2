"""A "when" question asks for a point in time, which a span does not give (`counts.says_time`, read into
`Traits.timed`): "When was the bridge built?" is not answered by "The bridge took three years to build", nor
"Когда построили мост?" by "Мост строили три года" (seen in the app: "when was that?" got a duration). A figure of
units of time set from another moment ("three years later", "через два года", "два года спустя") or an age ("в 16
лет") is a point and still answers; a span still answers "how long". Shown on small texts written here (no pack's
subject), in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.counts import says_time

EN_NOTES = """\
The bridge over the Morrow took three years to build.
The Velport fair lasted nine days.
The Velport fair was first held in 1702.
Three years later the mill of Kellbridge was rebuilt.
For twelve years the village of Orrin had no mill of its own.
"""
RU_NOTES = """\
Мост через Велгу строили три года.
Ярмарка в Велгорске длилась девять дней.
Ярмарку в Велгорске впервые провели в 1702 году.
Через два года после пожара мельницу отстроили заново.
Мельник Ерохин начал молоть зерно в 16 лет.
"""


def tutor_of(notes: str, language: str) -> Tutor:
    return Tutor(Pack(id=f"spans-{language}", title="Spans", cards=(), language=language,
                      sections=(Section(id="n", title="Notes", notes=notes),)), cache=False)


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_of(EN_NOTES, "en")


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return tutor_of(RU_NOTES, "ru")


@pytest.mark.parametrize("question", [
    "When was the bridge over the Morrow built?",  # only how long it took
    "When did the village of Orrin have no mill?",  # only for how long
])
def test_a_span_does_not_answer_when_en(english: Tutor, question: str) -> None:
    assert english.ask(question).kind == "decline"


def test_a_span_does_not_answer_when_ru(russian: Tutor) -> None:
    assert russian.ask("Когда построили мост через Велгу?").kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("When was the Velport fair held?", "1702"),  # the date, not the nine days
    ("When was the mill of Kellbridge rebuilt?", "Three years later"),  # a point set from another
    ("How long did the Velport fair last?", "nine days"),  # a span answers how long
    ("How long did it take to build the bridge over the Morrow?", "three years"),
])
def test_points_and_spans_answer_what_they_say_en(english: Tutor, question: str, fact: str) -> None:
    reply = english.ask(question)
    assert reply.kind == "answer"
    assert fact in " ".join(reply.sentences)
    if question.startswith("When"):
        assert "nine days" not in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "fact"), [
    ("Когда была ярмарка в Велгорске?", "1702"),
    ("Когда отстроили мельницу?", "Через два года"),  # "через": a point
    ("Когда мельник Ерохин начал молоть зерно?", "в 16 лет"),  # an age is a point in a life
    ("Сколько дней длилась ярмарка?", "девять дней"),
])
def test_points_and_spans_answer_what_they_say_ru(russian: Tutor, question: str, fact: str) -> None:
    reply = russian.ask(question)
    assert reply.kind == "answer"
    assert fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("words", "timed"), [
    ("the bridge took 3 years to build", False),
    ("for 12 years the village had no mill", False),
    ("for several years the village had no mill", False),
    ("3 years later the mill was rebuilt", True),
    ("2 years after the fire the mill was rebuilt", True),
    ("that summer the mill was rebuilt", True),
    ("years ago the mill burned", True),
])
def test_says_time(english: Tutor, words: str, timed: bool) -> None:
    lang = english.words.lang
    seq = words.split()
    assert says_time(seq, [lang.stem(w) for w in seq], english.words.time_stems) is timed
