"""An isotope in symbols ("N15", "N-15", "15N", "¹⁵N") on a card that names that element's isotope in words
("nitrogen-15"): read as the element's name with the answer's own mass number (`grading.isotopes`), so another
mass number stays wrong; and a choice answered with an option's word and another figure than the option's
("carbon-12" for "heavy carbon (carbon-13)") is not that option (`grading.choice_others`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import short

GRADER = Grader()
DATING = short("carbon-14", "radiocarbon", prompt="Which isotope dates the charcoal of the hearth?")
FUEL = short("uranium-235", prompt="Which isotope splits in the reactor's fuel?")
TRACER = Card(id="c", section="s", kind="choice", prompt="Which label did the chemists feed to the plants?",
              answer="heavy oxygen (oxygen-18)", options=("heavy oxygen (oxygen-18)", "radioactive iodine",
                                                          "light nitrogen (nitrogen-14)", "heavy water"))
BOMBER = short("the B-29", prompt="Which aircraft flew the long raid?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (DATING, "C14", True),
    (DATING, "14C", True),
    (DATING, "C-14", True),
    (DATING, "¹⁴C", True),
    (DATING, "carbon 14", True),
    (DATING, "C12", False),  # another isotope
    (DATING, "C-13", False),
    (DATING, "N14", False),  # another element
    (DATING, "14", False),
    (DATING, "c14", False),  # a symbol is written with its capital
    (FUEL, "U235", True),
    (FUEL, "U-235", True),
    (FUEL, "235U", True),
    (FUEL, "U238", False),
    (FUEL, "Pu239", False),
    (TRACER, "O18", True),
    (TRACER, "18O", True),
    (TRACER, "O-18", True),
    (TRACER, "oxygen-18", True),
    (TRACER, "O16", False),  # the option's element with another mass number
    (TRACER, "oxygen-16", False),
    (TRACER, "oxygen 16", False),
    (TRACER, "N14", False),  # another option, in symbols
    (TRACER, "heavy oxygen", True),
    (BOMBER, "B-29", True),
    (BOMBER, "B29", True),
    (BOMBER, "B-17", False),
])
def test_isotopes_in_symbols(card, given, right):
    assert GRADER.grade(card, given).correct is right


FLEET = Card(id="c", section="s", kind="choice", prompt="Which engine powered the later boats?",
             answer="the Mark 5 diesel", options=("the Mark 5 diesel", "a steam turbine", "an electric motor"))
TREATY = Card(id="c", section="s", kind="choice", prompt="When was the border settled?",
              answer="in 1815, at the congress", options=("in 1815, at the congress", "never", "by the war"))


@pytest.mark.parametrize(("card", "given", "right"), [
    (FLEET, "the Mark 5 diesel", True),
    (FLEET, "Mark 5", True),
    (FLEET, "the mark-5 diesel", True),
    (FLEET, "the Mark 4 diesel", False),  # the option's word with another figure
    (FLEET, "Mark 6", False),
    (FLEET, "a", True),
    (TREATY, "in 1815", True),
    (TREATY, "at the congress, in 1815", True),
    (TREATY, "in 1814, at the congress", False),
    (TREATY, "the first one: in 1815", True),
])
def test_a_choice_with_another_figure(card, given, right):
    assert GRADER.grade(card, given).correct is right
