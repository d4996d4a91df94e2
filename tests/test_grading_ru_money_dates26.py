"""Russian figures from instructors' reports (round 26), on invented cards of a glassworks: roubles and kopecks both
abbreviated, with their dots ("7 руб. 50 коп.", "7 р. 50 к."), are one sum, as "7 рублей 50 копеек" is; "13.02" alone
answers a date card or a date blank of 13 February (elsewhere it is a decimal), "13.03" and "13.2" do not."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import numeric

NOTES = "Первую печь стекольной мастерской задули 13 февраля 1790 года. Ваза стоила 7 рублей 50 копеек."

RU = Grader(language="ru")
FEE = numeric(7.5, "рубль", "7 рублей 50 копеек", prompt="Сколько стоила ваза?")


@pytest.mark.parametrize(("given", "right"), [
    ("7 руб. 50 коп.", True),
    ("7 р. 50 к.", True),
    ("7 руб. 50 коп", True),
    ("7 рублей 50 копеек", True),
    ("7 руб. 60 коп.", False),
    ("7 р. 5 к.", False),
    ("50 руб. 7 коп.", False),
    ("75 руб.", False),
])
def test_roubles_and_kopecks_abbreviated(given, right):
    assert RU.grade(FEE, given).correct is right


DAY = Card(id="d", section="s", kind="date", prompt="Когда задули первую печь? Число и месяц.", answer="13 февраля",
           date="1790-02-13", precision="day")
BLANK = Card(id="b", section="s", kind="cloze", prompt="Вставьте дату.", answer="13 февраля",
             text="Первую печь задули {{13 февраля}} 1790 года.", blanks=(("13 февраля",),))
PACK = Pack(id="t", title="t", language="ru", sections=(Section(id="s", title="s", notes=NOTES),), cards=(DAY, BLANK))


@pytest.mark.parametrize("card", [DAY, BLANK])
@pytest.mark.parametrize(("given", "right"), [
    ("13.02", True), ("13.02.", True), ("13 февраля", True),
    ("13.03", False), ("12.02", False), ("13.2", False),
])
def test_a_day_and_month_with_a_dot(card, given, right):
    assert Grader.for_pack(PACK).grade(card, given).correct is right
