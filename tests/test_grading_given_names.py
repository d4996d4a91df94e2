"""A person named as people say the name: the short form of an English given name ("Tom" for "Thomas"), a title
("Reverend", "Bishop") before initials, or a description after the surname ("Hensley, an Air Force colonel"); and
what must stay wrong: another surname, another given name, a short form of another name. Invented people
(`grading.given_names`, `lexicon_given_names`, `ShortGrading._name_swapped`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.given_names import full_given_names
from studybot.core.packs import Pack, Section
from tests.cards import short

READINGS = [
    ("Tom Arkwell", ("Thomas Arkwell",), "en", "Thomas Arkwell"),
    ("tommy arkwell", ("Thomas Arkwell",), "en", "Thomas arkwell"),
    ("it was Bill Hensley", ("William Hensley", "Hensley"), "en", "it was William Hensley"),
    ("Tom Smith", ("Thomas Arkwell",), "en", None),  # another surname: no reading
    ("the bill passed", ("William Hensley",), "en", None),  # a word, not a name before the surname
    ("Tom", ("Thomas Arkwell",), "en", None),  # nothing after it to say it is the same person
    ("Tom Arkwell", ("Thomas Arkwell",), "ru", None),
]


@pytest.mark.parametrize(("answer", "wordings", "code", "reading"), READINGS)
def test_a_short_form_is_read_as_the_full_name_before_the_same_surname(answer, wordings, code, reading):
    assert full_given_names(answer, wordings, code) == reading


GRADED = [
    ("Thomas Arkwell", "Tom Arkwell", True),
    ("Thomas Arkwell", "Tommy Arkwell", True),
    ("William Hensley", "Bill Hensley", True),
    ("Elizabeth Garrow", "Liz Garrow", True),
    ("Thomas Arkwell", "Tim Arkwell", False),  # a short form of another name
    ("Thomas Arkwell", "Bill Arkwell", False),
    ("Thomas Arkwell", "Tom Arkwright", False),  # another surname
    ("Thomas Arkwell", "Thomas Arkwell's brother Tom", False),
    ("Colonel William Hensley", "Hensley, an Air Force colonel", True),
    ("Colonel William Hensley", "Hensley, a colonel in the Air Force", True),
    ("Colonel William Hensley", "Steve Hensley", False),  # another given name
    ("Colonel William Hensley", "Force Hensley", False),  # a capitalised word before the surname, no title after it
    ("Josiah Wexcombe", "Reverend J. Wexcombe", True),
    ("Josiah Wexcombe", "Bishop J. Wexcombe", True),
    ("Josiah Wexcombe", "Reverend Peter Wexcombe", False),
]


@pytest.mark.parametrize(("name", "answer", "right"), GRADED)
def test_a_person_named_as_people_say_the_name(name, answer, right):
    card = short(name, prompt="Who built the first mill on the river?")
    surname = name.split()[-1]  # the pack says a person is also called by the surname, as packs do
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                aliases={" ".join(name.split()[-2:]): (surname,)})
    assert Grader.for_pack(pack).grade(card, answer).correct is right
