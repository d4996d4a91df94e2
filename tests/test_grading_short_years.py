"""A year shortened to its last two digits ("в июле 69-го", "14 апреля 41 года", "сорок первого года", "July '69")
is read in the last century or this one (30-99: 1930-1999, 00-29: 2000-2029, or 1900-1929 on a card dated in the
1900s: "в марте 21-го" of March 1921; in Russian, on a card dated 1000-1899, of the card's own century: "в 95-м
году" of 1895; in English an apostrophe year, on a card dated 1000-1899, of the card's own century too: "'56" of
1856, as "the '49ers"), unless that date is of the first century
("в 79 году" of AD 79) or the year is said with its era ("79 год н. э."); other digits are another year. Invented
events (`grading.short_years`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.short_years import full_years
from studybot.core.packs import Card, Pack, Section

READINGS = [
    ("в июле 69-го", "ru", "в июле 1969 года"),
    ("14 апреля 41 года", "ru", "14 апреля 1941 года"),
    ("четырнадцатое апреля сорок первого года", "ru", "14 апреля 1941 года"),
    ("July '69", "en", "july 1969"),
    ("в мае 05-го", "ru", "в мае 2005 года"),
    ("'94", "en", "1994"),
    ("в июле 1969", "ru", None),
    ("в 14 часов", "ru", None),
    ("21-го декабря 1991 г.", "ru", None),  # a day
    ("July 20", "en", None),
    ("Dec 72", "en", "dec 1972"),  # after a month, two digits no day can be
    ("June of 74", "en", "june of 1974"),  # "of" between
    ("June of '74", "en", "june of 1974"),
    ("the march of 10 men", "en", None),  # a day's digits
    ("December 12", "en", None),  # a day
    ("79 год н. э.", "ru", None),  # said with its era: as written
    ("в 79 году до нашей эры", "ru", None),
]


@pytest.mark.parametrize(("answer", "code", "reading"), READINGS)
def test_a_shortened_year_is_written_whole(answer, code, reading):
    found = full_years(answer, code)
    assert (" ".join(found.split()) if found else None) == reading


GRADED = [
    ("ru", "1957-10-04", "day", "4 октября 57-го", True),
    ("ru", "1957-10-04", "day", "четвёртого октября пятьдесят седьмого года", True),
    ("ru", "1957-10-04", "day", "4 октября 58-го", False),
    ("ru", "1957-10-04", "day", "4 октября 75 года", False),
    ("en", "1957-10-04", "day", "4 October '57", True),
    ("en", "1957-10-04", "day", "4 October '75", False),
    ("en", "1757-10-04", "day", "4 October '57", True),  # the card's century: 1757
    ("en", "1757-10-04", "day", "4 October '75", False),
    ("en", "1757-10-04", "day", "4 October 1957", False),
    ("ru", "2005-05-09", "day", "9 мая 05-го", True),
    ("en", "1972-12", "month", "dec 72", True),
    ("en", "1972-12", "month", "december 73", False),
    ("en", "1972-12", "month", "nov 72", False),
    # a card of the first century: its two digits are that year ("в 79 году", "79 г. н. э."), never 1979
    ("ru", "0079", "year", "в 79 году", True),
    ("ru", "0079", "year", "79 г. н.э.", True),
    ("ru", "0079", "year", "79 год нашей эры", True),
    ("ru", "0079", "year", "79 год до н. э.", False),
    ("ru", "0079", "year", "1979", False),
    ("ru", "1979", "year", "в 79 году", True),  # a card of the last century keeps the short reading
    # a card dated in the 1900s: 00-29 are of that century ("революция 17-го года"), other digits another year
    ("ru", "1921-03", "month", "в марте 21-го года", True),
    ("ru", "1921-03", "month", "март 21-го", True),
    ("ru", "1917", "year", "в 17-м году", True),
    ("en", "1921-03", "month", "March '21", True),
    ("ru", "1921-03", "month", "в марте 22-го года", False),
    ("ru", "2017", "year", "в 17-м году", True),
    # a card dated 1000-1899 gives its own century to a Russian "в 95-м году" (1895) and an English apostrophe year
    # ("'94" of 1794); another year of that century stays wrong; an English "Dec 72" keeps the last century
    ("ru", "1817", "year", "в 17-м году", True),
    ("ru", "1895", "year", "95-й год", True),
    ("ru", "1895", "year", "в 95-м году", True),
    ("ru", "1895", "year", "95-го года", True),
    ("ru", "1895-05", "month", "в мае 95-го", True),
    ("ru", "1895", "year", "96-й год", False),
    ("ru", "1895", "year", "в 85-м году", False),
    ("ru", "1895", "year", "в 1995 году", False),
    ("en", "1794", "year", "'94", True),
    ("en", "1895", "year", "in '95", True),
    ("en", "1856", "year", "’56", True),
    ("en", "1856", "year", "'52", False),
    ("en", "1856", "year", "in '65", False),
    ("en", "1856", "year", "1956", False),
    ("en", "1956", "year", "'56", True),  # a card of the last century: as before
    ("en", "1872-12", "month", "dec 72", False),  # after a month, no apostrophe: 1972
    ("en", "1872-12", "month", "Dec '72", True),
    ("ru", "1921-03", "month", "в марте 1821 года", False),
    ("en", "1974-06", "month", "June of '74", True),
    ("en", "1974-06", "month", "June of 74", True),
    ("en", "1974-06", "month", "june of 75", False),  # read whole, another year (it passed as a month alone)
    ("en", "1974-06", "month", "July of 74", False),
]


@pytest.mark.parametrize(("lang", "iso", "precision", "answer", "right"), GRADED)
def test_a_date_with_a_shortened_year(lang, iso, precision, answer, right):
    card = Card(id="d", section="s", kind="date", prompt="When was the mill opened?", answer=iso, date=iso,
                precision=precision)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


# a short card that writes the date in words: the shortened year is read whole as on a date card
SHORT = [
    ("June 1974", "June of '74", True),
    ("June 1974", "June 74", True),
    ("June 1974", "June of 74", True),
    ("in 1974", "in '74", True),
    ("June 1974", "June of '75", False),
    ("June 1974", "July '74", False),
    ("June 1874", "June '74", False),  # the last century's: 1974
]


@pytest.mark.parametrize(("written", "answer", "right"), SHORT)
def test_a_short_card_with_a_shortened_year(written, answer, right):
    card = Card(id="c", section="s", kind="short", prompt="When was the mill opened?", answer=written)
    assert Grader().grade(card, answer).correct is right
