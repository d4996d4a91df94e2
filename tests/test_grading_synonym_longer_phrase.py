"""A phrase of a pack's synonyms group that holds the group's own word ("артериальная гипертония" beside
"гипертония", "air resistance" beside "resistance") is read as that word, as the group's other phrases are: the
group says they are one thing, so a card whose answer is the phrase takes the word, and the reverse. Another word
stays wrong. Invented packs (`synonym_phrases`, `Aliases`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from studybot.core.synonym_phrases import longer_phrases
from tests.cards import short

GROUPS = {
    "ru": ("артериальная гипертония", "гипертония", "гипертензия", "повышенное давление"),
    "en": ("air resistance", "resistance", "drag"),
}

GRADED = [
    ("ru", "артериальная гипертония", "гипертония", True),
    ("ru", "артериальная гипертония", "гипертензия", True),
    ("ru", "артериальная гипертония", "повышенное давление", True),
    ("ru", "артериальная гипертония", "артериальная гипертония", True),
    ("ru", "гипертония", "артериальная гипертония", True),
    ("ru", "артериальная гипертония", "курение", False),
    ("ru", "артериальная гипертония", "сахарный диабет", False),
    ("en", "air resistance", "resistance", True),
    ("en", "air resistance", "drag", True),
    ("en", "drag", "air resistance", True),
    ("en", "air resistance", "gravity", False),
    ("en", "air resistance", "lift", False),
]


@pytest.mark.parametrize(("code", "answer", "given", "right"), GRADED)
def test_a_phrase_holding_its_groups_word_is_that_word(code, answer, given, right):
    card = short(answer, prompt="Что главное?" if code == "ru" else "What slows the plane?")
    pack = Pack(id="t", title="t", language=code, sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                synonyms=(GROUPS[code],))
    assert Grader.for_pack(pack).grade(card, given).correct is right


def test_only_the_phrases_that_hold_the_word_are_read_so():
    assert longer_phrases("гипертония", ("артериальная гипертония", "повышенное давление")) == \
        ["артериальная гипертония"]
    assert longer_phrases("drag", ("air resistance", "dragon boat")) == []
