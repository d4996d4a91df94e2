"""A sentence "X, so Y" gives X as the reason for Y (`tutor.effect_side`): it answers "why Y?", and a "why X?"
question, whose words the sentence says only in X, gets "the text gives no reason" before what the text says of X.
"so that" marks a purpose, and "and so kept" goes on with the first clause's subject: no split. In English and
Russian, on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

EN_NOTES = """\
The Harwick mill doubled its output of linen in 1851.
The mill sold more linen than the town could use, so the price of cloth fell across the county.
The weavers of Lenby lost their trade because the canal brought cheap cloth from the north.
The mill owners built a school so that the workers' children could read.
The Harwick pump lifted water from the river, and so kept the mill pond full.
"""
RU_NOTES = """\
Добыча торфа в Кургове выросла вдвое в 1902 году.
Торфа добывали больше, чем могли сжечь, поэтому цена топлива в уезде упала.
Ткачи Ленбы лишились заработка, потому что по каналу привозили дешёвое сукно.
"""


def tutor(language: str, notes: str) -> Tutor:
    section = Section(id="s", title="The mill" if language == "en" else "Торф", notes=notes)
    return Tutor(Pack(id=f"mill-{language}", title="Mill", cards=(), sections=(section,), language=language),
                 cache=False)


TUTORS = {"en": tutor("en", EN_NOTES), "ru": tutor("ru", RU_NOTES)}


@pytest.mark.parametrize(("language", "question", "reason"), [
    ("en", "Why did the price of cloth fall in the county?", "sold more linen than the town could use"),
    ("en", "Why did the weavers of Lenby lose their trade?", "the canal brought cheap cloth"),
    ("en", "Why did the mill owners build a school?", "could read"),
    # one subject for both halves ("and so kept"): the result may well be the purpose asked
    ("en", "Why did the Harwick pump lift water from the river?", "kept the mill pond full"),
    ("ru", "Почему цена топлива в уезде упала?", "больше, чем могли сжечь"),
    ("ru", "Почему ткачи Ленбы лишились заработка?", "дешёвое сукно"),
])
def test_the_effect_is_explained(language: str, question: str, reason: str) -> None:
    reply = TUTORS[language].ask(question)
    assert reply.kind == "answer" and not reply.no_reason and reason in reply.text, reply.text


@pytest.mark.parametrize(("language", "question"), [
    ("en", "Why did the mill sell more linen than the town could use?"),
    ("en", "Why did the mill sell so much linen?"),
    ("ru", "Почему торфа добывали больше, чем могли сжечь?"),
])
def test_the_cause_half_gets_no_reason(language: str, question: str) -> None:
    # the reply says the text gives no reason, then what it says (the sentence may be shown as that, never as a
    # reason)
    reply = TUTORS[language].ask(question)
    assert reply.kind == "answer" and reply.no_reason, reply.text
