"""An answer that says its term again ("X, i.e. Y", "X (that is, Y)", "X, in other words Y", "X, т. е. Y", "X, то
есть Y") is judged on one wording right alone, the other a description of it (`Grader._said_again`, issue #11): a
known mistake named inside the description ("gypsum without its water, i.e. anhydrite") does not fail it. The other
wording must be right alone too, or say more words and be no known mistake as a whole: "anhydrite, i.e. gypsum" and
"gypsum, i.e. anhydrite" stay wrong. A description in brackets ("anhydrite (gypsum without its water)") is read so, and
an owner named before a role ("Lindqvist's test pilot Brehm") is no answer. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section


def _short(answer: str, mistake: str = "", language: str = "en") -> tuple[Card, Grader]:
    card = Card(id="c", section="s", kind="short", prompt="Which one?", answer=answer,
                mistakes=(Mistake((mistake,), "No."),) if mistake else ())
    pack = Pack(id="t", title="t", language=language, sections=(Section(id="s", title="s", notes="x"),),
                cards=(card,))
    return card, Grader.for_pack(pack)


SALT = ("anhydrite", "gypsum", "en")
PORT = ("Hamburg", "", "en")
SOL = ("ангидрит", "гипс", "ru")

ROWS = [
    (SALT, "gypsum without its water, i.e. anhydrite", True),
    (SALT, "gypsum with the water driven off (i.e. anhydrite)", True),
    (SALT, "anhydrite (that is, gypsum with the water driven off)", True),
    (SALT, "gypsum that has lost its water - in other words, anhydrite", True),
    (SALT, "anhydrite, i.e. gypsum", False),  # the known mistake said again as a whole
    (SALT, "gypsum, i.e. anhydrite", False),
    (SALT, "gypsum", False),
    (SALT, "gypsum without its water, i.e. calcite", False),
    (PORT, "the big port on the Elbe, i.e. Hamburg", True),
    (PORT, "the port that is on the Elbe", False),  # "that is" with no comma says nothing again
    (SALT, "anhydrite (gypsum without its water)", True),  # a description in brackets
    (SALT, "gypsum (anhydrite without its water)", False),
    (PORT, "Bremen (the port on the Elbe)", False),
    (SOL, "гипс без воды, т. е. ангидрит", True),
    (SOL, "гипс, потерявший воду, то есть ангидрит", True),
    (SOL, "ангидрит, то есть гипс", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_term_said_again_is_judged_on_its_right_wording(card, given, right):
    answer, mistake, language = card
    graded, grader = _short(answer, mistake, language)
    assert grader.grade(graded, given).correct is right


def _pilot() -> tuple[Card, Grader]:
    card = Card(id="c", section="s", kind="short", prompt="Who flew the glider on its first flight?",
                answer="Anna Brehm", accept=("Brehm",),
                mistakes=(Mistake(("Otto Lindqvist", "Lindqvist"), "He built it."),
                          Mistake(("Karl Feist", "Feist"), "He flew later.")))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    return card, Grader.for_pack(pack)


@pytest.mark.parametrize(("given", "right"), [
    ("lindqvist's test pilot brehm", True),  # the owner of the role is no answer
    ("Otto Lindqvist's pilot Anna Brehm", True),
    ("Brehm's boss Lindqvist", False),
    ("Otto Lindqvist's glider", False),
    ("Lindqvist's pilot Feist", False),
    ("Lindqvist", False),
])
def test_a_known_mistake_named_as_the_owner_of_a_role(given, right):
    card, grader = _pilot()
    assert grader.grade(card, given).correct is right
