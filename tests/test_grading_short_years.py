"""A year shortened to its last two digits ("в июле 69-го", "14 апреля 41 года", "сорок первого года", "July '69")
is read in the century of the card's date; other digits are another year. Invented events (`grading.short_years`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.short_years import full_years
from studybot.core.packs import Card, Pack, Section

READINGS = [
    ("в июле 69-го", "1969-07-20", "ru", "в июле 1969 года"),
    ("14 апреля 41 года", "1941-04-14", "ru", "14 апреля 1941 года"),
    ("четырнадцатое апреля сорок первого года", "1941-04-14", "ru", "14 апреля 1941 года"),
    ("July '69", "1969-07-20", "en", "july 1969"),
    ("в июле 1969", "1969-07-20", "ru", None),
    ("в 14 часов", "1941-04-14", "ru", None),
    ("21-го декабря 1991 г.", "1991-12-21", "ru", None),  # a day
    ("July 20", "1969-07-20", "en", None),
]


@pytest.mark.parametrize(("answer", "iso", "code", "reading"), READINGS)
def test_a_shortened_year_is_written_whole_in_the_cards_century(answer, iso, code, reading):
    found = full_years(answer, iso, code)
    assert (" ".join(found.split()) if found else None) == reading


GRADED = [
    ("ru", "1957-10-04", "day", "4 октября 57-го", True),
    ("ru", "1957-10-04", "day", "четвёртого октября пятьдесят седьмого года", True),
    ("ru", "1957-10-04", "day", "4 октября 58-го", False),
    ("ru", "1957-10-04", "day", "4 октября 75 года", False),
    ("en", "1957-10-04", "day", "4 October '57", True),
    ("en", "1957-10-04", "day", "4 October '75", False),
]


@pytest.mark.parametrize(("lang", "iso", "precision", "answer", "right"), GRADED)
def test_a_date_with_a_shortened_year(lang, iso, precision, answer, right):
    card = Card(id="d", section="s", kind="date", prompt="When was the mill opened?", answer=iso, date=iso,
                precision=precision)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
