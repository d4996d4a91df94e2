"""The spoken spellings of Russian chat (`lexicon_ru_tutor` contractions): "скока" and "скоко" are "сколько", "када" is
"когда", so "скока рек впадает в озеро?" asks for a figure as "сколько" does. Shown on a small text written here (no
pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Озеро Мерна лежит в горах Тарса.
В озеро Мерна впадают 17 рек и ручьёв, а вытекает одна река — Велья.
Реки приносят в озеро много ила.
Первую карту озера составили в 1872 году.
"""
PACK = Pack(id="merna", title="Озеро Мерна", language="ru", cards=(),
            sections=(Section(id="m", title="Озеро", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("Скока рек впадает в Мерну?", "17 рек"),
    ("скоко рек впадает в озеро Мерна", "17 рек"),
    ("Када составили первую карту озера?", "1872"),
])
def test_a_spoken_spelling_asks_as_the_question_word(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text
    written = tutor.analyser.question(question, question.casefold())
    assert written is not None and (written.wants.numeric or written.wants.dated)  # read as "сколько", "когда"


def test_the_words_themselves_are_no_content(tutor):
    asked = tutor.analyser.question("Скока рек впадает в Мерну?", "скока рек впадает в мерну?")
    assert asked is not None and all(u.text != "скока" for u in asked.units)
