"""Typos of words, aliases and names, decided by rules of the language (core/slip_rules.py, core/aliases.py):

- one slip on top of the -ise/-ize spelling is one slip ("unfertilzed" for "unfertilised"), as it is on
  top of the spelling written;
- in a word of five letters, one letter put for another is a typo only when it could have been hit or
  heard instead: "Лайма" and "Лайда" are other words, not "Лайка" mistyped; a letter left out, added,
  swapped or next to it on the keyboard stays a typo;
- a term the pack writes in lower case among its aliases ("oxygen" for "O2") is found despite a slip
  that keeps its stem ("oxygene"), while a name that is also a common word ("Вольта", "вольт") is not;
- a one-word variant (a listed misspelling) that begins a longer alias is read with it
  ("methicilin resistant staphylococcus aureus" is the longer alias's name), and a name of several words
  is found with one of its longer words mistyped ("methicillin resistent ...").
Invented cards and aliases; the wrong rows are the traps each rule must not let in.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

EN = Grader()
RU = Grader(language="ru")
TERMS = Grader({"O2": ("oxygen", "molecular oxygen"), "N2": ("nitrogen",),
                "VRE": ("vancomycin-resistant enterococcus", "vancomycin resistant enterococci"),
                "vancomycin": ("vancomicin", "vankomycin")})
STATES = Grader({"United States": ("US", "the states")}, texts=("The status quo held for years.",))
PEOPLE = Grader({"Andrei Fyodorov": ("Andrei Fedorov", "A. Fyodorov")})
VOLTA = Grader({"Алессандро Вольта": ("Вольта", "А. Вольта")}, language="ru",
               texts=("Напряжение измеряют в вольтах; вольт назван в честь Алессандро Вольта.",))


@pytest.mark.parametrize(("grader", "answer", "given", "right"), [
    (EN, "Unfertilised eggs", "unfertilzed eggs", True),  # -ize with the i left out
    (EN, "Unfertilised eggs", "unfertilized eggs", True),
    (EN, "unfertilized eggs", "unfertilsed eggs", True),
    (EN, "Organisation", "organizaton", True),
    (EN, "Unfertilised eggs", "fertilised eggs", False),  # another word, not a slip
    (EN, "Unfertilised eggs", "unfertilzed larvae", False),
    (RU, "Лайка", "Лайма", False),  # м for к: far apart, unlike in sound
    (RU, "Лайка", "Лайда", False),
    (RU, "Лайка", "Лайка", True),
    (RU, "Лайка", "лаика", True),  # й as и
    (RU, "Лайка", "Лайа", True),  # a letter left out
    (RU, "Лайка", "Лакйа", True),  # two letters swapped
    (RU, "Лайка", "Лайуа", True),  # у is next to к on the keyboard
    (EN, "Paris", "Parts", False),
    (EN, "Paris", "Parus", True),  # a vowel for a vowel
    (EN, "Paris", "Pariz", True),  # s and z sound alike
    (TERMS, "oxygen (O2)", "oxygene", True),
    (TERMS, "oxygen (O2)", "oxygens", True),
    (TERMS, "O2", "oxygene", True),
    (TERMS, "O2", "nitrogene", False),
    (TERMS, "O2", "oxygenated", False),  # the stem kept, but another word than a slip
    (TERMS, "VRE", "vancomicin resistant enterococcus", True),
    (TERMS, "vancomycin-resistant enterococci", "vankomycin resistant enterococci", True),
    (TERMS, "VRE", "vancomicin susceptible enterococcus", False),
    (TERMS, "VRE", "vancomycin resistent enterococcus", True),  # a slip inside a name of several words
    (TERMS, "VRE", "vancomycin resistant enterococcos", True),
    (TERMS, "VRE", "vancomycin persistent enterococcus", False),  # another word, not a slip
    (TERMS, "VRE", "vancomycin resistant enteric", False),
    (PEOPLE, "Andrei Fyodorov", "Andrei Fedotov", False),
    (STATES, "United States", "the status", False),  # a name's own word: another surname, not a slip
])
def test_slips(grader: Grader, answer: str, given: str, right: bool) -> None:
    verdict = grader.grade(short(answer), given)
    assert verdict.correct is right, verdict.trace


def test_a_name_that_is_a_common_word_is_not_read_into_a_unit() -> None:
    """ "0,5 В" reads "вольт": the word, though the stem of the name "Вольта", stays a unit."""
    assert "вольта" not in VOLTA.prep("0,5 вольт").words
    assert "алессандро" in VOLTA.prep("Вольта").words


def test_a_word_of_the_texts_is_no_slip_of_a_name_of_several_words() -> None:
    """ "the status" is one letter from "the states", but "status" is a word the texts use."""
    assert STATES.prep("keeping the status quo").words == ["keeping", "the", "status", "quo"]
    assert STATES.prep("he went to the staets").words[-2:] == ["united", "states"]
