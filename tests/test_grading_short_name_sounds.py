"""A short surname (five letters or fewer) alone, for a card whose answer is the whole name, spelt as it sounds: a
last "oe" said "o" ("Defo" for "Dafydd Renoe"... see below). An instructor's report ("Defo" refused for the name
"Defoe", closest 50%); invented people (`name_spellings.said`). A short name is forgiven no other slip."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.name_spellings import said
from studybot.core.packs import Pack, Section
from tests.cards import short


@pytest.mark.parametrize(("answer", "typed", "right"), [
    ("Walter Renoe", "Reno", True),  # the last "oe" said "o"
    ("Walter Renoe", "Renoe", True),
    ("Walter Renoe", "renoe", True),
    ("Walter Renoe", "Rene", False),  # a letter that is said left out
    ("Walter Renoe", "Renoa", False),
    ("Walter Renoe", "Tom Renoe", False),  # another given name
    ("Mary Gaskoe", "Gasko", True),
])
def test_short_surname_spelt_as_it_sounds(answer, typed, right):
    card = short(answer, prompt="Who drew the map?")
    pack = Pack(id="p", title="t", sections=(Section("s", "S", f"{answer} drew the map in 1702."),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, typed).correct is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("renoe", "reno", True),
    ("monroe", "monro", True),
    ("dwight", "dwite", True),
    ("renoe", "rene", False),
    ("renoe", "rena", False),
    ("chloe", "chlo", True),  # (a last "oe" after a consonant: one sound)
    ("zoe", "zo", True),
])
def test_said(a, b, same):
    assert (said(a) == said(b)) is same
