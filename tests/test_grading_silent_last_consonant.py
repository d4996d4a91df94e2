"""A long name in Latin letters written without the last of the two consonants it ends with, which is often silent
("Bouchar" for "Bouchard", "Schmid" for "Schmidt"), is a slip of it; a last letter that makes another name or a
plural ("Octavia" / "Octavian", "Edward" / "Edwards", "Ivanov" / "Ivanova") is not
(`name_spellings.vowel_slip`). Invented people."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.name_spellings import vowel_slip
from tests.cards import short

EN = Grader({"Pierre Lambard": ("Lambard",), "Ottilia Brenhardt": ("Brenhardt",),
             "Tom Hedwards": ("Hedwards",)})


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Pierre Lambard", "Lambar", True),
    ("Pierre Lambard", "Pierre Lambar", True),
    ("Ottilia Brenhardt", "Brenhard", True),
    ("Tom Hedwards", "Hedward", False),  # a last "s"
    ("Pierre Lambard", "Lambarb", False),  # another consonant, not one left out
])
def test_a_silent_last_consonant_left_out(answer, given, right):
    assert EN.grade(short(answer), given).correct is right


@pytest.mark.parametrize(("a", "b", "slip"), [
    ("bouchar", "bouchard", True),
    ("schmid", "schmidt", True),
    ("brand", "brandt", False),  # a name of six letters: too short to tell
    ("brenhard", "brenhardt", True),
    ("octavia", "octavian", False),
    ("edward", "edwards", False),
    ("ivanov", "ivanova", False),
    ("петро", "петров", False),  # Cyrillic: a case or another name
])
def test_which_last_letters_are_slips(a, b, slip):
    assert vowel_slip(a, b) is slip
