"""An element named by its chemical symbol ("Cl", "Na and K") is the element: the notation of every text. A symbol
is read only as symbols are written (capital, then small letter) and only for an element the card itself names;
another element's symbol stays another element. Invented cards (`grading.symbols`, `core.elements`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.symbols import named_elements
from studybot.core.packs import Card, Keypoint
from tests.cards import short

READINGS = [
    ("Cl", ("chlorine",), True, "chlorine"),
    ("Na and K", ("sodium", "potassium"), True, "sodium and potassium"),
    ("Na and K", ("sodium", "potassium"), False, "sodium and K"),  # a single capital: an option's label
    ("Cu", ("aluminium", "copper"), True, "copper"),
    ("Al", ("aluminum",), True, "aluminum"),  # the spelling the card uses
    ("as and k", ("arsenic", "potassium"), True, None),  # not written as symbols are
    ("AS", ("arsenic",), True, None),
    ("Fe", ("copper",), True, None),  # an element the card does not name is left as written
]


@pytest.mark.parametrize(("answer", "texts", "letters", "reading"), READINGS)
def test_a_symbol_is_read_as_the_name_the_card_uses(answer, texts, letters, reading):
    assert named_elements(answer, texts, "en", letters=letters) == reading


@pytest.mark.parametrize(("answer", "texts", "reading"), [
    ("Cl", ("хлор",), "хлор"),
    ("Cu и Zn", ("медью и цинком",), "медью и цинком"),  # in the case the card writes it
    ("Pb", ("из свинца",), "свинца"),
    ("Fe", ("медь",), None),
    ("Cl", ("chlore",), None),
])
def test_in_russian_too(answer, texts, reading):
    assert named_elements(answer, texts, "ru") == reading
    assert named_elements("Cl", ("chlore",), "fr") is None


@pytest.mark.parametrize(("answer", "texts", "reading"), [
    ("H2", ("hydrogen",), "hydrogen"),  # the element's gas of two atoms, alone too
    ("O2", ("oxygen",), "oxygen"),
    ("H2", ("водородом",), "водородом"),
    ("Н2", ("водородом",), "водородом"),  # typed with the Cyrillic "Н"
    ("Cl2", ("хлор",), "хлор"),
    ("O3", ("oxygen",), None),  # ozone
    ("Na2", ("sodium",), None),  # no gas of two atoms
    ("H2O", ("hydrogen",), None),
    ("H", ("hydrogen",), None),  # a lone capital
])
def test_the_gas_of_two_atoms(answer, texts, reading):
    assert named_elements(answer, texts, "en" if texts[0].isascii() else "ru") == reading


def test_a_russian_short_answer_by_its_formula():
    card = short("водородом", prompt="Каким газом наполнили оболочку аэростата?")
    ru = Grader(language="ru")
    assert ru.grade(card, "H2").correct
    assert ru.grade(card, "Н2").correct
    assert not ru.grade(card, "O2").correct
    assert not ru.grade(card, "H2O").correct


def _two_metals() -> Card:
    return Card(id="l", section="s", kind="list", prompt="Name the two metals the glaze was coloured with.",
                answer="copper and cobalt", keypoints=(Keypoint("copper", ()), Keypoint("cobalt", ())), need=2)


@pytest.mark.parametrize(("answer", "right"), [
    ("Cu and Co", True),
    ("Co, Cu", True),
    ("copper and Co", True),
    ("Cu and Fe", False),  # iron is another metal
    ("Cu and Cr", False),
    ("Zn and Co", False),
])
def test_a_list_of_elements_by_their_symbols(answer, right):
    assert Grader().grade(_two_metals(), answer).correct is right


@pytest.mark.parametrize(("answer", "right"), [
    ("Br", True),
    ("bromine", True),
    ("I", False),  # iodine, an option
    ("Cl", False),
])
def test_a_choice_by_its_symbol(answer, right):
    card = Card(id="c", section="s", kind="choice", prompt="Which element made the dye purple?", answer="bromine",
                options=("chlorine", "bromine", "iodine", "fluorine"))
    assert Grader().grade(card, answer, shown=card.options).correct is right


def test_a_short_answer_by_its_symbol():
    card = short("platinum", prompt="Which metal is the lamp's wire made of?")
    assert Grader().grade(card, "Pt").correct
    assert not Grader().grade(card, "Pd").correct


def test_a_lone_capital_letter_is_no_symbol():
    assert named_elements("W", ("tungsten",), "en") is None
    assert named_elements("N, P and K", ("nitrogen", "phosphorus", "potassium"), "en") == \
        "nitrogen, phosphorus and potassium"


@pytest.mark.parametrize("answer", ["H2O", "CO2 and CO", "Na+ ions", "C-14", "HCl", "O3"])
def test_a_formula_is_no_element(answer):
    assert named_elements(answer, ("hydrogen", "oxygen", "carbon", "sodium", "chlorine"), "en") is None
