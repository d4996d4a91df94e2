"""Russian hours said by their ordinal (round 44, issue #11), on invented cards: "в седьмом часу" is in the sixth hour
(6 and some minutes, never 7), "в начале восьмого" with a time of day beside it is just after 7, "около четверти
восьмого" is 7:15 like "четверть восьмого"; and a time hedged in the wording or in the answer ("около 9:40",
"примерно в 9:45", "about 9:42") is met by a time at most five minutes off (`grading.rounded.near_time`). Beside
them, traps that stay wrong: the hour after, an ordinal of a century or a class, a time further off, another half of
the day, a time nobody hedges."""

from __future__ import annotations

import pytest

from studybot.core.clock_times import read_clock
from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import short

RU = Grader(language="ru")
SIREN = short("около 7 часов 12 минут утра", "около 7:12 утра", "около семи утра", prompt="Когда завыла сирена?")
BELL = short("в 9 часов 40 минут", prompt="Во сколько дали звонок?")
FERRY = short("около 9:40 утра", prompt="Когда отошёл паром?")
EN_FERRY = short("at 9:40 am", prompt="When did the ferry leave?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (SIREN, "утром, в начале восьмого", True),
    (SIREN, "в начале восьмого утра", True),
    (SIREN, "в начале восьмого по местному", True),
    (SIREN, "около четверти восьмого утра", True),
    (SIREN, "в седьмом часу утра", False),  # 6 and some minutes: read "в 7 часу утра", it met "около семи утра"
    (SIREN, "в начале седьмого утра", False),
    (SIREN, "около 7:30 утра", False),
    (SIREN, "около 7:12 вечера", False),
    (FERRY, "примерно в 9:45", True),
    (FERRY, "в 9:43", True),
    (FERRY, "около 9:50", False),
    (BELL, "около 9:42", True),
    (BELL, "в 9:42", False),  # neither time hedged: a time given as exact and wrong
    (BELL, "около 9:50", False),
])
def test_ordinal_hours_and_hedged_times(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


@pytest.mark.parametrize(("given", "right"), [
    ("about 9:42", True),  # a bare "9:42" beside the card's time is a time too
    ("around 9:45 am", True),
    ("9:42", False),
    ("around 9:45 pm", False),
    ("about 9:50", False),
])
def test_hedged_times_in_english(given: str, right: bool) -> None:
    assert Grader(language="en").grade(EN_FERRY, given).correct is right


@pytest.mark.parametrize(("text", "minutes"), [
    ("в 7 часу утра", 360.0),  # "в седьмом часу утра", its number word a digit already
    ("утром, в начале 8", 420.0),
    ("около четверти 8", 435.0),
    ("в начале 8 века", None),  # a century, a class, a chapter: no time of day
    ("в начале 8 класса", None),
    ("в начале 8", None),
])
def test_ordinal_hours_read(text: str, minutes: float | None) -> None:
    times = read_clock(text, "ru")[1]
    assert (times[0].minutes if times else None) == minutes
