"""Russian: a number inside an adjective of a measure ("девятибалльное", "двухэтажный", "пятилетний") is its figure
where a figure is asked and none is given, as "9-балльное" is. Words that only begin as a number does ("семинар",
"стоимость") are left alone. Invented quake."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.numbers_ru import measure_adjective_figures
from studybot.core.packs import Pack, Section
from tests.cards import numeric


@pytest.mark.parametrize(("text", "read"), [
    ("девятибалльное", "9-балльное"),
    ("двенадцатибалльной шкале", "12-балльной шкале"),
    ("двухэтажный дом", "2-этажный дом"),
    ("пятилетний план", "5-летний план"),
    ("сорокаградусный мороз", "40-градусный мороз"),
    ("семинар", "семинар"),
    ("стоимость", "стоимость"),
])
def test_a_number_inside_an_adjective(text: str, read: str) -> None:
    assert measure_adjective_figures(text) == read


QUAKE = numeric(9, "баллов", "9 баллов", prompt="Какой силы было землетрясение в Веренске?")


@pytest.mark.parametrize(("given", "right"), [
    ("девятибалльное", True),
    ("девятибалльной силы", True),
    ("9-балльное", True),
    ("восьмибалльное", False),
])
def test_a_card_of_a_figure(given: str, right: bool) -> None:
    grader = Grader.for_pack(Pack(id="p", title="p", language="ru", sections=(Section("s", "S", "notes"),),
                                  cards=()))
    assert grader.grade(QUAKE, given).correct is right
