"""A Russian ordinal is no count, whatever its form: "в третьей главе", "в четвёртой главе" tell which chapter, not how
many, while "треть", "четверть" are fractions (`lexicon_ru_tutor.RUSSIAN_TUTOR.cardinal`: the fractions in their own
forms, not every word they begin). So "сколько глав в X?" is answered by the sentence that counts them. Shown on
small notes written here (no pack's subject)."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_ru_tutor import RUSSIAN_TUTOR
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Роман «Зимний сад» написал Пётр Ланской в 1840 году.
В третьей главе «Зимнего сада» героиня пишет письмо брату.
В четвёртой главе «Зимнего сада» брат отвечает ей из Варшавы.
В окончательном тексте романа девять глав.
Почти треть тиража «Зимнего сада» раскупили за неделю.
"""
PACK = Pack(id="sad", title="Зимний сад", language="ru", cards=(),
            sections=(Section(id="s", title="Роман «Зимний сад»", notes=NOTES),))


@pytest.mark.parametrize(("word", "cardinal"), [
    ("треть", True), ("трети", True), ("третью", True), ("четверть", True), ("четвертей", True),
    ("третьей", False), ("третий", False), ("третьего", False), ("четвертой", False), ("четвертый", False)])
def test_fractions_are_figures_and_ordinals_are_not(word, cardinal):
    assert bool(re.fullmatch(RUSSIAN_TUTOR.cardinal, word)) is cardinal


@pytest.mark.parametrize(("question", "fact"), [("Сколько глав в «Зимнем саде»?", "девять глав"),
                                                ("Какую часть тиража «Зимнего сада» раскупили за неделю?", "треть")])
def test_how_many_is_answered_by_a_count_not_an_ordinal(question, fact):
    reply = Tutor(PACK, cache=False).ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)
