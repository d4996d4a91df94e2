"""A name with an apostrophe typed without it is the same name (names are spelt by ear): "darlandes" and
"d arlandes" for "d'Arlandes", "oneill" for "O'Neill" (`grading.apostrophes`); a surname after an elided particle in
lower case ("Charles d'Artagnan") is a person's name, its surname alone that person (`people`). Another name, or
the apostrophe's letters left out ("Neill", "Artagnan"), stays wrong.

Invented cards and notes.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card, Pack, Section
from studybot.core.people import person_names

NOTES = ("The glass came from Jean d'Orbec of Rouen. Later Patrick O'Neill bought the works; O'Neill sold them in "
         "1790. The pilot was d'Arlandes.")


def who(id_: str, answer: str) -> Card:
    return Card(id=id_, section="s", kind="short", prompt="Who was it?", answer=answer)


GLASS, WORKS, PILOT = who("glass", "Jean d'Orbec"), who("works", "Patrick O'Neill"), who("pilot", "d'Arlandes")
PACK = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(GLASS, WORKS, PILOT))
GRADER = Grader.for_pack(PACK)


@pytest.mark.parametrize(("card", "answer", "right"), [
    (GLASS, "Jean d'Orbec", True),
    (GLASS, "d'Orbec", True),
    (GLASS, "dorbec", True),
    (GLASS, "Jean Dorbec", True),
    (GLASS, "d orbec", True),
    (GLASS, "J. d'Orbec", True),
    (GLASS, "Orbec", False),
    (GLASS, "Dorbet", False),
    (GLASS, "Patrick O'Neill", False),
    (WORKS, "oneill", True),
    (WORKS, "ONeill", True),
    (WORKS, "Patrick Oneill", True),
    (WORKS, "O'Neill", True),
    (WORKS, "Neill", False),
    (WORKS, "O'Neal", False),
    (WORKS, "dorbec", False),
    (PILOT, "darlandes", True),
    (PILOT, "d arlandes", True),
    (PILOT, "Arlandes", False),
    (PILOT, "oneill", False),
])
def test_a_name_with_its_apostrophe_left_out(card, answer, right):
    assert GRADER.grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "canonical"), [
    ("Charles d'Artagnan came. Then Charles d'Artagnan left.", "charles d'artagnan"),
    ("In 1783 the Marquis Jean d'Orbec flew.", "jean d'orbec"),
])
def test_a_surname_after_an_elided_particle_is_a_name(text, canonical):
    lang = language("en")
    found = person_names((text,), (), {}, lang.lex, lambda w: w)
    assert canonical in found.canonicals


def test_a_lower_case_word_with_an_apostrophe_is_no_name():
    lang = language("en")
    found = person_names(("The men of Rouen didn't sail. Charles said it wasn't so.",), (), {}, lang.lex, lambda w: w)
    assert not found.canonicals
