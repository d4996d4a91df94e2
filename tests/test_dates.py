"""Dates as learners write them, in English and Russian: every usual order and separator,
month names misspelt, abbreviated, in Roman numerals or in capitals; years with and without an
era; decades, centuries and seasons against the card's precision; dates of two calendars
("2 (14) сентября", "26 August (7 September)", "O.S.", "по старому стилю"); hedges.

Cards are on subjects of our own (a canal, a bridge, a mill, an observatory); each row says what
a fair teacher would mark: a day card wants the day, a month card the month (any day of it), a
year card the year (a month or a day of it is fine; a decade, a century or the year's last two
digits is not).
"""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.dates import find_dates, spelled_dates
from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake
from tests import cards
from tests.notes import says, tutor_on

EN = Grader()
RU = Grader(language="ru")


def date(iso: str, precision: str, prompt: str = "When was the Harwick canal opened?", answer: str = "",
         accept: tuple[str, ...] = ()) -> Card:
    return Card(id="d", section="s", kind="date", prompt=prompt, answer=answer or iso, date=iso,
                precision=precision, accept=accept)


CANAL_DAY = date("1794-07-28", "day", answer="28 July 1794")
CANAL_MONTH = date("1794-07", "month", prompt="In which month was the Harwick canal opened?", answer="July 1794")
CANAL_YEAR = date("1794", "year", prompt="In which year was the Harwick canal opened?", answer="1794")


# ----------------------------------------------------------------- English, a day

@pytest.mark.parametrize(("given", "right"), [
    # digits, every usual order and separator
    ("28/7/1794", True),
    ("28/07/1794", True),
    ("7/28/1794", True),  # month first: 28 cannot be a month
    ("28-07-1794", True),
    ("07-28-1794", True),
    ("28.07.1794", True),
    ("28.7.1794", True),
    ("1794-07-28", True),
    ("1794/07/28", True),
    ("1794.07.28", True),
    ("28/6/1794", False),
    ("6/28/1794", False),
    ("1794-06-28", False),
    ("28.07.1749", False),  # the year's digits swapped
    ("28.07.94", False),  # '94 names 1994; the century is part of the answer
    # the month in words
    ("28 July 1794", True),
    ("28 july 1794", True),
    ("28 JULY 1794", True),
    ("July 28, 1794", True),
    ("July 28 1794", True),
    ("28th July 1794", True),
    ("July 28th, 1794", True),
    ("the 28th of July 1794", True),
    ("the 28th of July, 1794", True),
    ("on the 28th of July in 1794", True),
    ("July the 28th, 1794", True),
    ("July the 28th 1794", True),
    ("the twenty-eighth of July 1794", True),
    ("Thursday, 28 July 1794", True),
    ("28 July, 1794", True),
    ("1794, July 28", True),
    ("1794 July 28", True),
    ("28th July", True),  # the year goes without saying when the day is asked
    ("mid-July 1794", False),
    ("28-Jul-1794", True),
    ("28 Jul 1794", True),
    ("28 Jul. 1794", True),
    ("Jul. 28, 1794", True),
    ("28 July 1794 AD", True),
    ("28 July AD 1794", True),
    ("July the 27th, 1794", False),
    ("27 July 1794", False),
    ("28 June 1794", False),
    ("28 Jun 1794", False),  # June abbreviated, not July
    ("28 July 1793", False),
    ("28 July 1794 BC", False),
    ("the 18th of July 1794", False),
    # misspelt month names
    ("28 Jully 1794", True),
    ("Jully 28th, 1794", True),
    ("28th of Jully 1794", True),
    ("28 Juyl 1794", True),
    ("28 Julyy 1794", True),
    # Roman numerals for the month
    ("28.VII.1794", True),
    ("28.vii.1794", True),
    ("28 VII 1794", True),
    ("28-VII-1794", True),
    ("28/VII/1794", True),
    ("28.VI.1794", False),
    ("28.VIII.1794", False),
    # less than the day
    ("July 1794", False),
    ("1794", False),
    ("summer 1794", False),
    ("the 1790s", False),
    # hedges: two days offered for one
    ("27 or 28 July 1794", False),
    ("28 July 1794 or 1795", False),
    ("28 or 29 July 1794", False),
])
def test_english_day(given, right):
    assert EN.grade(CANAL_DAY, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), [
    (date("1997-05-06", "day"), "6 Febuary 1997", False),
    (date("1997-02-06", "day"), "6 Febuary 1997", True),
    (date("1997-02-06", "day"), "6 Feburary 1997", True),
    (date("1997-02-06", "day"), "6 Febr. 1997", True),
    (date("1997-08-06", "day"), "6 Agust 1997", True),
    (date("1997-08-06", "day"), "Augest 6, 1997", True),
    (date("1997-09-06", "day"), "6 Sept 1997", True),
    (date("1997-09-06", "day"), "6 Sep. 1997", True),
    (date("1997-09-06", "day"), "6 Septembre 1997", True),
    (date("1997-09-06", "day"), "6 Setpember 1997", True),
    (date("1997-10-06", "day"), "6 Ocotber 1997", True),
    (date("1997-11-06", "day"), "6 Novemeber 1997", True),
    (date("1997-12-06", "day"), "6 Decmber 1997", True),
    (date("1997-01-06", "day"), "6 Janaury 1997", True),
    (date("1997-04-06", "day"), "6 Aprill 1997", True),
    (date("1997-04-06", "day"), "6.IV.1997", True),
    (date("1997-04-06", "day"), "6.VI.1997", False),  # VI is June, IV is April
    (date("1997-05-06", "day"), "6.V.1997", True),
    (date("1997-10-06", "day"), "6.X.1997", True),
    (date("1997-10-06", "day"), "6.IX.1997", False),
    (date("1997-12-06", "day"), "6.XII.1997", True),
    (date("1997-11-06", "day"), "6.XI.1997", True),
    (date("1997-01-06", "day"), "6.I.1997", True),
    # both numbers can be a month: either reading is a way people write it, "/" or "-" (dots: day first)
    (date("1997-05-06", "day"), "6/5/1997", True),
    (date("1997-05-06", "day"), "5/6/1997", True),  # May 6 as written in the US
    (date("1997-05-06", "day"), "05-06-1997", True),
    (date("1997-05-06", "day"), "6.5.1997", True),
    (date("1997-05-06", "day"), "5.6.1997", False),  # dots: 5 June
    (date("1997-05-06", "day"), "7/5/1997", False),
    (date("1997-05-06", "day"), "5/7/1997", False),
    # a two-digit year in digits names a year of the last or this century
    (date("1997-05-06", "day"), "6.5.97", True),
    (date("1997-05-06", "day"), "6/5/97", True),
    (date("1897-05-06", "day"), "6.5.97", False),
])
def test_english_month_names_and_numbers(card, given, right):
    assert EN.grade(card, given).correct is right


# ----------------------------------------------------------------- English, a month and a year

@pytest.mark.parametrize(("given", "right"), [
    ("July 1794", True),
    ("july, 1794", True),
    ("in July of 1794", True),
    ("Jul 1794", True),
    ("Jully 1794", True),
    ("7/1794", True),
    ("07.1794", True),
    ("1794-07", True),
    ("VII.1794", True),
    ("28 July 1794", True),  # any day of the month
    ("2 July 1794", True),
    ("the 2nd of July 1794", True),
    ("mid-July 1794", True),
    ("early July 1794", True),
    ("the end of July 1794", True),
    ("JULY 1794", True),
    ("1794 July", True),
    ("late June 1794", False),
    ("June/July 1794", False),  # two months offered as one
    ("July-August 1794", False),
    ("June 1794", False),
    ("July 1795", False),
    ("6/1794", False),
    ("VI.1794", False),
    ("1794", False),
    ("summer 1794", False),
    ("mid-1794", False),
    ("the 1790s", False),
    ("June or July 1794", False),
    ("July '94", True),  # an apostrophe year of the card's century: 1794
    ("July '95", False),
    ("June '94", False),
])
def test_english_month(given, right):
    assert EN.grade(CANAL_MONTH, given).correct is right


KILN_MONTH = date("1765-05", "month", prompt="In which month was the Harwick kiln lit?", answer="May 1765")


@pytest.mark.parametrize(("given", "right"), [
    ("May 1765", True),
    ("May, 1765", True),  # a comma between the month and the year ("may" alone is mostly a verb)
    ("in May, 1765", True),
    ("June, 1765", False),
    ("May, 1766", False),
    ("1765", False),
])
def test_the_month_of_may_before_a_year(given, right):
    assert EN.grade(KILN_MONTH, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("1794", True),
    ("in 1794", True),
    ("1794 AD", True),
    ("AD 1794", True),
    ("1794 CE", True),
    ("the year 1794", True),
    ("seventeen ninety-four", True),
    ("July 1794", True),
    ("28 July 1794", True),
    ("28/7/1794", True),
    ("summer 1794", True),
    ("in the summer of 1794", True),
    ("the spring of 1794", True),
    ("winter 1794", True),
    ("early 1794", True),
    ("mid-1794", True),
    ("in late 1794", True),
    ("1793", False),
    ("1794 BC", False),
    ("the 1790s", False),
    ("1790s", False),
    ("the late 1790s", False),
    ("in the mid-1790s", False),
    ("the 18th century", False),
    ("the late eighteenth century", False),
    ("'94", True),  # of the century the card is about: 1794
    ("in '94", True),
    ("’94", True),
    ("'93", False),  # 1793
    ("in '95", False),
    ("94", False),
    ("1793 or 1794", False),
    ("either 1794 or 1795", False),
    ("1793-1794", False),
    ("1793/94", False),
    ("1794-95", False),
    ("1794.", True),
])
def test_english_year(given, right):
    assert EN.grade(CANAL_YEAR, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("1790", True),
    ("in 1790", True),
    ("the year 1790", True),
    ("1790s", False),  # a decade is not its first year
    ("the 1790s", False),
    ("in the 1790s", False),
    ("early 1790s", False),
    ("the early 1790s", False),
    ("in the mid-1790s", False),
    ("late 1790s", False),
])
def test_a_decade_is_not_its_first_year(given, right):
    assert EN.grade(date("1790", "year", prompt="In which year was the bridge built?"), given).correct is right


@pytest.mark.parametrize(("grader", "given", "right"), [
    (EN, "nineteen ninety", True),
    (EN, "'90", True),  # '90 is 1990 to a reader today
    (EN, "in '90", True),
    (EN, "the nineties", False),
    (EN, "the '90s", False),
    (EN, "the 90s", False),
    (EN, "in the nineteen-nineties", False),
    (RU, "в 1990 году", True),
    (RU, "в 90-е", False),
    (RU, "в девяностые", False),
])
def test_a_decade_in_words_or_two_digits(grader, given, right):
    assert grader.grade(date("1990", "year", prompt="In which year? В каком году?"), given).correct is right


def test_a_century_is_not_its_first_year():
    card = date("1800", "year", prompt="In which year was the bridge built?")
    assert EN.grade(card, "1800").correct
    assert not EN.grade(card, "the 1800s").correct
    assert not EN.grade(card, "in the early 1800s").correct


def test_a_year_card_whose_prompt_gives_the_decade_still_wants_the_year():
    card = date("1794", "year", prompt="In which year of the 1790s was the canal opened?")
    assert EN.grade(card, "1794").correct
    assert not EN.grade(card, "the 1790s").correct
    assert not EN.grade(card, "1790").correct


# ----------------------------------------------------------------- Russian

MILL_DAY = date("1812-09-14", "day", prompt="Когда запустили мельницу на Сетуни?", answer="14 сентября 1812 года")
MILL_MONTH = date("1812-09", "month", prompt="В каком месяце запустили мельницу?", answer="В сентябре 1812 года")
MILL_YEAR = date("1812", "year", prompt="В каком году запустили мельницу?", answer="В 1812 году")


@pytest.mark.parametrize(("given", "right"), [
    ("14 сентября 1812", True),
    ("14 сентября 1812 г.", True),
    ("14 сентября 1812 г", True),
    ("14 сентября 1812 года", True),
    ("14-го сентября 1812 г.", True),
    ("14-е сентября 1812 года", True),
    ("четырнадцатого сентября 1812 года", True),
    ("14 Сентября 1812", True),
    ("14 СЕНТЯБРЯ 1812", True),
    ("14.09.1812", True),
    ("14.09.1812 г.", True),
    ("14.9.1812", True),
    ("1812-09-14", True),
    ("14/09/1812", True),
    ("14 сент. 1812", True),
    ("14 сент 1812 г.", True),
    ("14 сен. 1812", True),
    ("14 сентебря 1812", True),
    ("14 сетнября 1812", True),
    ("14 сентярбя 1812", True),
    ("14.IX.1812", True),
    ("14 IX 1812", True),
    ("14.IX.1812 г.", True),
    ("14.09.1812г.", True),
    ("14 сентября 1812г.", True),
    ("14-ого сентября 1812", True),
    ("1812, 14 сентября", True),
    ("14 сентября 1812-го года", True),
    ("14.XI.1812", False),  # ноябрь
    ("14.X.1812", False),
    ("13 сентября 1812", False),
    ("14 октября 1812", False),
    ("14 сентября 1813", False),
    ("14.08.1812", False),
    ("14 авг. 1812", False),
    ("сентябрь 1812", False),
    ("осенью 1812", False),
    ("в 1812 году", False),
    ("13 или 14 сентября 1812", False),
    ("14 сентября 1812 или 1813 года", False),
])
def test_russian_day(given, right):
    assert RU.grade(MILL_DAY, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), [
    (date("1901-10-03", "day"), "3 октябяр 1901", True),
    (date("1901-10-03", "day"), "3 окт. 1901 г.", True),
    (date("1901-10-03", "day"), "3 октебря 1901", True),
    (date("1901-02-03", "day"), "3 февр. 1901", True),
    (date("1901-02-03", "day"), "3 феравля 1901", True),
    (date("1901-11-03", "day"), "3 нояб. 1901 г.", True),
    (date("1901-11-03", "day"), "3 ноябя 1901", True),
    (date("1901-12-03", "day"), "3 дек. 1901", True),
    (date("1901-12-03", "day"), "3 декабяр 1901", True),
    (date("1901-01-03", "day"), "3 янв. 1901", True),
    (date("1901-01-03", "day"), "3 янавря 1901", True),
    (date("1901-08-03", "day"), "3 авгста 1901", True),
    (date("1901-04-03", "day"), "3 апреля 1901", True),
    (date("1901-04-03", "day"), "3.IV.1901", True),
    (date("1901-04-03", "day"), "3.VI.1901", False),
    (date("1901-05-03", "day"), "3 мая 1901", True),
    (date("1901-05-03", "day"), "3 марта 1901", False),
    (date("1901-03-03", "day"), "3 мая 1901", False),
    (date("1901-06-03", "day"), "3 июля 1901", False),  # июнь и июль: one letter apart, two months
    (date("1901-07-03", "day"), "3 июня 1901", False),
    (date("1901-07-03", "day"), "3 июл. 1901", True),
])
def test_russian_month_names(card, given, right):
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("сентябрь 1812", True),
    ("в сентябре 1812 г.", True),
    ("в сентябре 1812 года", True),
    ("сентябрь 1812 года", True),
    ("сент. 1812", True),
    ("09.1812", True),
    ("IX.1812", True),
    ("14 сентября 1812", True),
    ("1 сентября 1812 г.", True),
    ("в сентябре 1812-го", True),
    ("в середине сентября 1812", True),
    ("в конце сентября 1812 года", True),
    ("СЕНТЯБРЬ 1812", True),
    ("сентябрь 1812г.", True),
    ("в июле 1812-го", False),
    ("сентябрь-октябрь 1812", False),
    ("в августе–сентябре 1812", False),
    ("август 1812", False),
    ("сентябрь 1813", False),
    ("осенью 1812", False),
    ("в 1812 году", False),
    ("в конце 1812 года", False),
    ("в августе или сентябре 1812", False),
])
def test_russian_month(given, right):
    assert RU.grade(MILL_MONTH, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("1812", True),
    ("в 1812 году", True),
    ("1812 г.", True),
    ("1812 год", True),
    ("в 1812-м", True),
    ("1812-й", True),
    ("в 1812-м году", True),
    ("летом 1812 года", True),
    ("осенью 1812", True),
    ("в начале 1812 года", True),
    ("в конце 1812 г.", True),
    ("в сентябре 1812", True),
    ("14.09.1812", True),
    ("1812 г. н. э.", True),
    ("1813", False),
    ("в 1810-х", False),
    ("в 1810-х годах", False),
    ("в начале 1810-х", False),
    ("в XIX веке", False),
    ("в 19 веке", False),
    ("1811 или 1812", False),
    ("в 1811 или 1812 году", False),
    ("в 1811–1812 годах", False),
    ("12", False),
    ("в тысяча восемьсот двенадцатом году", True),
    ("в 10-х годах XIX века", False),
    ("1812г.", True),
    ("в 1812г", True),
    ("1812-го года", True),
    ("в 1812—1813 гг.", False),
    ("1811/12", False),
    ("зимой 1812/13", False),  # a winter of two years
])
def test_russian_year(given, right):
    assert RU.grade(MILL_YEAR, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("в 1810 году", True),
    ("в 1810-м", True),
    ("1810-й год", True),
    ("1810-го года", True),
    ("в 1810-е", False),  # a decade
    ("в 1810-е годы", False),
    ("в 1810-х", False),
    ("в 1810-х годах", False),
    ("1810-е", False),
    ("в начале 1810-х", False),
])
def test_a_russian_decade_is_not_its_first_year(given, right):
    card = date("1810", "year", prompt="В каком году построили мост?", answer="В 1810 году")
    assert RU.grade(card, given).correct is right


# ----------------------------------------------------------------- two calendars

# the Julian calendar ("old style") was 12 days behind the Gregorian in the 19th century, 11 in
# the 18th, 13 in the 20th: "2 (14) сентября 1812" and "26 August (7 September) 1812" are one day each

@pytest.mark.parametrize(("given", "right"), [
    ("2 (14) сентября 1812", True),
    ("2 (14) сентября 1812 г.", True),
    ("2 (14) сентября 1812 года", True),
    ("2/14 сентября 1812", True),
    ("14 (2) сентября 1812", True),
    ("2 сентября (14 сентября) 1812", True),
    ("2 сентября 1812 г. по старому стилю", True),  # the same day, said in the old calendar
    ("2 сентября 1812 г. (по ст. ст.)", True),
    ("2 сентября 1812 года по юлианскому календарю", True),
    ("14 сентября 1812 г. по новому стилю", True),
    ("14 сентября 1812 (н. ст.)", True),
    ("14 сентября 1812 года н. ст.", True),
    ("02.09.1812 по ст. ст.", True),
    ("2.IX.1812 (ст. ст.)", True),
    ("2 сентября 1812", False),  # no calendar said: the 2nd of September is another day
    ("14 сентября 1812 по старому стилю", False),  # in the old calendar that is the 26th
    ("1 (13) сентября 1812", False),  # a true pair, another day
    ("2 (15) сентября 1812", False),  # no pair: two days offered
    ("2 (13) сентября 1812", False),
])
def test_a_russian_date_of_two_calendars(given, right):
    assert RU.grade(MILL_DAY, given).correct is right


BATTLE = date("1812-09-07", "day", prompt="When was the battle at Kessel fought?", answer="7 September 1812")


@pytest.mark.parametrize(("given", "right"), [
    ("7 September 1812", True),
    ("26 August (7 September) 1812", True),
    ("26 August / 7 September 1812", True),
    ("7 September (26 August) 1812", True),
    ("26 August 1812 O.S.", True),
    ("26 August 1812 (Old Style)", True),
    ("26 August 1812, Julian calendar", True),
    ("7 September 1812 N.S.", True),
    ("7 September 1812 (New Style)", True),
    ("Aug. 26 (Sept. 7), 1812", True),
    ("August 26/September 7, 1812", True),
    ("26 Aug. 1812 (O.S.)", True),
    ("7 Sept. 1812 NS", True),
    ("26 August 1812", False),
    ("7 September 1812 O.S.", False),
    ("27 August (8 September) 1812", False),
    ("26 August (8 September) 1812", False),
])
def test_an_english_date_of_two_calendars(given, right):
    assert EN.grade(BATTLE, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), [
    # the card's answer gives both dates: either is right
    (date("1812-08-26", "day", answer="26 August (7 September) 1812"), "7 September 1812", True),
    (date("1812-08-26", "day", answer="26 August (7 September) 1812"), "26 August 1812", True),
    (date("1812-08-26", "day", answer="26 August (7 September) 1812"), "8 September 1812", False),
    (date("1703-05-16", "day", answer="16 (27) мая 1703 года"), "27 мая 1703", True),
    (date("1703-05-16", "day", answer="16 (27) мая 1703 года"), "16 мая 1703", True),
    (date("1703-05-16", "day", answer="16 (27) мая 1703 года"), "17 мая 1703", False),
    (date("1703-05-16", "day", answer="16 мая 1703 года (27 мая по новому стилю)"), "27 мая 1703", True),
    # the answer's other figures are no second date
    (date("1901-12", "month", answer="В декабре 1901 года (16 декабря)"), "16 декабря 1901", True),
    (date("1901-12", "month", answer="В декабре 1901 года (16 декабря)"), "26 декабря 1901", True),
    (date("1901-12", "month", answer="В декабре 1901 года (16 декабря)"), "ноябрь 1901", False),
    (date("1721", "year", answer="В 1721 году (30 августа)"), "1722", False),
    # the card asks for the old style: the date in the old style
    (date("1812-08-26", "day", prompt="When was the battle fought, old style?"), "26 August 1812", True),
    (date("1812-08-26", "day", prompt="When was the battle fought, old style?"), "26 August 1812 O.S.", True),
    (date("1812-08-26", "day", prompt="When was the battle fought, old style?"), "26 August (7 September) 1812",
     True),
    (date("1812-08-26", "day", prompt="When was the battle fought, old style?"), "7 September 1812", False),
    (date("1812-08-26", "day", prompt="When was the battle fought, old style?"), "7 September 1812 N.S.", False),
    (date("1812-08-26", "day", prompt="Назовите дату по старому стилю."), "26 августа 1812", True),
    (date("1812-08-26", "day", prompt="Назовите дату по старому стилю."), "7 сентября 1812", False),
    (date("1812-08-26", "day", prompt="Назовите дату по старому стилю."), "7 сентября 1812 г. по новому стилю",
     False),
    # centuries apart, the calendars are apart by another count of days
    (date("1709-07-08", "day"), "27 июня (8 июля) 1709", True),  # 11 days in the 18th century
    (date("1709-07-08", "day"), "26 июня (8 июля) 1709", False),
    (date("1917-11-07", "day"), "25 октября 1917 г. по старому стилю", True),  # 13 days in the 20th
    (date("1917-11-07", "day"), "25 October 1917 O.S.", True),
    # before 1582 the Julian calendar alone: the day as written, its calendar said or not
    (date("1380-09-08", "day", prompt="Когда произошла битва у переправы?"), "8 сентября 1380 года по старому стилю",
     True),
    (date("1380-09-08", "day", prompt="Когда произошла битва у переправы?"), "8 сентября 1380", True),
    (date("1380-09-08", "day", prompt="Когда произошла битва у переправы?"), "9 сентября 1380 по ст. ст.", False),
    (date("1380-09-08", "day", prompt="Когда произошла битва у переправы?"), "16 сентября 1380 по новому стилю",
     False),
    (date("1415-10-25", "day"), "25 October 1415 (Old Style)", True),
    (date("1415-10-25", "day"), "25 Oct 1415 O.S.", True),
    (date("1415-10-25", "day"), "24 October 1415 O.S.", False),
    (date("1415-10-25", "day"), "3 November 1415 N.S.", False),
])
def test_the_card_gives_both_dates(card, given, right):
    grader = RU if any("а" <= c <= "я" for c in card.answer + card.prompt + given) else EN
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("6 May 1997", True),
    ("6/5/1997", True),
    ("5/6/1997", True),  # May 6, as written in the US
    ("5.6.1997", False),  # dots: 5 June
    ("7/5/1997", False),
])
def test_a_short_answer_that_is_a_date_read_either_way(given, right):
    card = Card(id="c", section="s", kind="short", prompt="On what day did the mill burn down?", answer="6 May 1997")
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("24 июня 1812", True),
    ("12 (24) июня 1812 г.", True),  # the old style date said as such is no mistake
    ("12 июня 1812 г. по старому стилю", False),  # the new style is asked
    ("12 июня 1812", False),
])
def test_a_known_mistake_of_the_other_calendar(given, right):
    card = Card(id="d", section="s", kind="date", prompt="Когда (по новому стилю) открыли мельницу?",
                answer="24 июня 1812 года", date="1812-06-24", precision="day",
                mistakes=(Mistake(("12 июня 1812",), "12 июня — дата по старому стилю."),))
    assert RU.grade(card, given).correct is right


# ----------------------------------------------------------------- a date in a short answer or a keypoint

short = partial(cards.short, prompt="When was the observatory built?")
explain = partial(cards.explain, prompt="What do we know of the canal?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, short("1790"), "1790", True),
    (EN, short("1790"), "the 1790s", False),
    (EN, short("in 1794"), "1793/94", False),
    (EN, short("in 1794"), "summer 1794", True),
    (EN, short("28 July 1794"), "28.VII.1794", True),
    (EN, short("28 July 1794"), "Jully 28, 1794", True),
    (EN, short("28 July 1794"), "28 June 1794", False),
    (RU, short("в 1810 году"), "1810 г.", True),
    (RU, short("в 1810 году"), "в 1810-х", False),
    (RU, short("в 1810 году"), "в 1811 году", False),
    (RU, short("14 сентября 1812 года"), "14.IX.1812", True),
    (RU, short("14 сентября 1812 года"), "2 (14) сентября 1812", True),
])
def test_a_short_answer_that_is_a_date_or_a_year(grader, card, given, right):
    assert grader.grade(card, given).correct is right


CANAL = explain("it opened on 28 July 1794", "it carried coal")
KANAL = explain("канал открыли 14 сентября 1812 года", "по нему возили уголь")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, CANAL, "It opened on 28 July 1794 and carried coal", True),
    (EN, CANAL, "It opened on 28/07/1794 and carried coal", True),
    (EN, CANAL, "It opened on 28.VII.1794 and carried coal", True),
    (EN, CANAL, "It opened on July 28th, 1794 and carried coal", True),
    (EN, CANAL, "It opened on 28 June 1794 and carried coal", False),
    (EN, CANAL, "It opened on 28 July 1795 and carried coal", False),
    (EN, explain("it opened in 1790", "it carried coal"), "It opened in the 1790s and carried coal", False),
    (RU, KANAL, "канал открыли 14.09.1812, по нему возили уголь", True),
    (RU, KANAL, "канал открыли 14 сент. 1812 г., по нему возили уголь", True),
    (RU, KANAL, "канал открыли 14 октября 1812, по нему возили уголь", False),  # most words, but another month
    (RU, explain("канал открыли в 1810 году", "по нему возили уголь"), "канал открыли в 1810-х, по нему возили уголь",
     False),
])
def test_a_keypoint_with_a_date(grader, card, given, right):
    assert grader.grade(card, given).correct is right


# ----------------------------------------------------------------- a date in a blank

def cloze(text: str) -> Card:
    blanks = []
    for part in text.split("{{")[1:]:
        blanks.append(tuple(part.split("}}")[0].split("|")))
    return Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text,
                blanks=tuple(blanks))


@pytest.mark.parametrize(("given", "right"), [
    ("12 May, granite", True),
    ("12 may; granite", True),
    ("May 12th, granite", True),
    ("12 June, granite", False),  # the day's figure is right, the month is not
    ("2 May, granite", False),
    ("12 May 1858, granite", True),
])
def test_a_blank_that_is_a_date(given, right):
    card = cloze("The bridge was opened on {{12 May}} 1858 and faced with {{granite}}.")
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("12 мая, гранит", True),
    ("12-го мая, гранитом", True),
    ("12 июня, гранит", False),
])
def test_a_russian_blank_that_is_a_date(given, right):
    card = cloze("Мост открыли {{12 мая}} 1858 года и облицевали {{гранитом|гранит}}.")
    assert RU.grade(card, given).correct is right


# ----------------------------------------------------------------- what find_dates reads

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("28.VII.1794", "en", [(1794, 7, 28)]),
    ("12.IV.1961", "ru", [(1961, 4, 12)]),
    ("28 Jully 1794", "en", [(1794, 7, 28)]),
    ("July the 28th, 1794", "en", [(1794, 7, 28)]),
    ("3 нояб. 1901 г.", "ru", [(1901, 11, 3)]),
    ("2 (14) сентября 1812", "ru", [(1812, 9, 2), (1812, 9, 14)]),
    ("the 1790s", "en", []),  # a decade: no year
    ("в 1810-х годах", "ru", []),
    ("в 1810-м году", "ru", [(1810, None, None)]),
    ("I was there in 1794", "en", [(1794, None, None)]),  # "I" stays a word
    ("Class X, 1794", "en", [(1794, None, None)]),
])
def test_find_dates_reads(text, lang, expected):
    assert [(d.year, d.month, d.day) for d in find_dates(text, lang=lang)] == expected


# ----------------------------------------------------------------- the tutor looks a question's day up

CANAL_NOTES = """The Harwick canal was begun in 1789 by a company of mill owners.
Its first barge of coal passed the upper lock on 28 July 1794, after five years of digging.
The canal was widened in 1820 and closed to traffic in 1931."""

MILL_NOTES = """Мельницу на Сетуни заложили весной 1810 года.
Первый помол прошёл 14 сентября 1812 года, когда в округе уже стояли войска.
В 1830 году мельницу перестроили в камне."""


@pytest.mark.parametrize("question", [
    "What happened on 28 July 1794?",
    "What happened on 28/07/1794?",
    "What happened on 28.VII.1794?",
    "What happened on July 28th, 1794?",
    "What happened on 1794-07-28?",
    "What happened on the 28th of July?",
])
def test_the_tutor_finds_a_day_written_another_way(question):
    assert says(tutor_on(CANAL_NOTES, "The Harwick canal"), question, "first barge")


@pytest.mark.parametrize("question", [
    "Что произошло 14 сентября 1812 года?",
    "Что произошло 14.09.1812?",
    "Что произошло 14.IX.1812?",
    "Что случилось 14-го сентября?",
])
def test_the_russian_tutor_finds_a_day_written_another_way(question):
    assert says(tutor_on(MILL_NOTES, "Мельница на Сетуни", "ru"), question, "Первый помол")


@pytest.mark.parametrize(("text", "lang", "spelled"), [
    ("what happened on 28/07/1794", "en", "what happened on 28 july 1794"),
    ("what happened on 28.vii.1794", "en", "what happened on 28 july 1794"),
    ("what happened on july 28th, 1794", "en", "what happened on 28 july 1794"),
    ("what happened on 5/6/1997", "en", "what happened on 5/6/1997"),  # May 6 or 5 June: left as written
    ("что было 14.09.1812", "ru", "что было 14 сентября 1812"),
    ("что было 2 (14) сентября 1812", "ru", "что было 2 (14) сентября 1812"),
    ("how much is 2.5", "en", "how much is 2.5"),
])
def test_spelled_dates(text, lang, spelled):
    assert spelled_dates(text, lang) == spelled
