"""A Russian year of two digits said as an ordinal in words after "в", ending its clause (round 44, issue #11): "в сорок
седьмом" is "в 47-м", the year 1947 of a card of the 1900s, on a date card, a short card, and a choice card whose
options are years ("в 58-м" chooses "1958", `short_years`). Beside it, traps that stay wrong: another year, an
ordinal with its own noun ("в сорок седьмом полку"), a year of another decade."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def _date(answer: str) -> bool:
    card = Card(id="d", section="s", kind="date", prompt="Когда открыли мельницу?", answer="1947", date="1947",
                precision="year")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")
    return Grader.for_pack(pack).grade(card, answer).correct


CHOICE = Card(id="c", section="s", kind="choice", prompt="В каком году открыли мост?", answer="1958",
              options=("1948", "1953", "1958", "1963"))


@pytest.mark.parametrize(("answer", "right"), [
    ("в сорок седьмом", True),
    ("в сорок седьмом, весной", True),
    ("в 47-м", True),
    ("в сорок восьмом", False),
    ("в сорок седьмом полку", False),
    ("в тридцать седьмом", False),
])
def test_an_ordinal_year_on_a_date_card(answer: str, right: bool) -> None:
    assert _date(answer) is right


@pytest.mark.parametrize(("answer", "right"), [
    ("в 58-м", True),
    ("в пятьдесят восьмом", True),
    ("в 1958-м", True),
    ("в 53-м", False),
    ("в пятьдесят третьем", False),
    ("в 68-м", False),
])
def test_an_ordinal_year_chooses_an_option(answer: str, right: bool) -> None:
    assert Grader(language="ru").grade(CHOICE, answer).correct is right
