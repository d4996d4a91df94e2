"""How often, said by "every" / "каждый" or in one word (round 20): "daily" is "every day", "ежедневно" "каждый день",
whatever the question asks with ("Как часто ...?"); another unit of time ("weekly", "еженедельно") stays wrong. An
adverb in "-евно" / "-овно" / "-ично" is no patronymic ("ежедневно" is not "Петровна", so the prompt's name beside it
does not let the answer leave it out: `people.patronymic`). Invented cards (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon_ru import RUSSIAN
from studybot.core.packs import Card, Pack, Section
from studybot.core.people import patronymic
from tests.cards import one_point, short

MAIL = one_point("почту развозили каждый день", "Как часто развозили почту?")
MAIL_SHORT = short("каждый день", prompt="Как часто развозили почту?")
FERRY = one_point("the ferry crossed every day", "How often did the ferry cross the strait?")
FERRY_SHORT = short("every day", prompt="How often did the ferry cross the strait?")
FAIR = one_point("the fair was held every year", "How often was the fair held?")

ROWS = [
    (MAIL, "ежедневно", True), (MAIL, "развозили ежедневно", True), (MAIL, "почту развозили каждый день", True),
    (MAIL, "еженедельно", False), (MAIL, "почту развозили еженедельно", False), (MAIL, "каждую неделю", False),
    (MAIL_SHORT, "ежедневно", True), (MAIL_SHORT, "еженедельно", False),
    (FERRY, "daily", True), (FERRY, "the ferry crossed daily", True), (FERRY, "each day", True),
    (FERRY, "weekly", False), (FERRY, "every week", False), (FERRY, "the ferry crossed monthly", False),
    (FERRY_SHORT, "daily", True), (FERRY_SHORT, "weekly", False),
    (FAIR, "annually", True), (FAIR, "yearly", True), (FAIR, "it was held each year", True),
    (FAIR, "monthly", False), (FAIR, "once a year", True), (FAIR, "once a month", False),
]


def _pack(card: Card) -> Pack:
    lang = "ru" if any("а" <= ch <= "я" for ch in card.answer) else "en"
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_how_often_in_one_word(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("word", "is_one"), [
    ("петровна", True), ("петровной", True), ("ивановичем", True), ("ильиничну", True), ("сергеевны", True),
    ("ежедневно", False), ("условно", False), ("частично", False), ("типичный", False), ("духовно", False),
])
def test_a_patronymic_by_its_case_endings(word, is_one):
    assert patronymic(word, RUSSIAN) is is_one
