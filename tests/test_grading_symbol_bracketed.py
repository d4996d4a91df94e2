"""A thing named with its symbol, formula or acronym in brackets ("hydrogen gas (H2)", "table salt (NaCl)") is
answered by either name alone; another formula ("N2", "H2O", "CO" for "CO2"), a bare digit, a part of the name and
a letter label ("the Reserve (R)") are not; words or a figure in brackets are not split off. Found by instructors'
reports ("H2" failed against "hydrogen gas (H2)"). Invented cards on a smelter and a bakery
(`grading.symbols_bracketed`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.symbols_bracketed import symbol_bracketed
from studybot.core.packs import Pack, Section
from tests.cards import explain, short

GAS = short("hydrogen gas (H2)", prompt="Which gas bubbles off the smelter's cathode?")
FUME = short("carbon dioxide (CO2)", prompt="Which gas leaves the bakery's proving room?")
SALT = short("table salt (NaCl)", prompt="What does the baker add to slow the yeast?")
METAL = short("iron (Fe)", prompt="Which metal does the smelter pour first?")
RU_FUME = short("углекислый газ (CO2)", prompt="Какой газ выходит из расстойки?")
LABEL = short("the Reserve (R)", prompt="Which shelf holds the spare flour?")
GLUE = short("flour paste (a glue)", prompt="What seals the oven door?")
YEAR = short("the new oven (1911)", prompt="What did the bakery buy?")
POINTS = explain("H2 is released at the cathode", "CO2 is absorbed by the lime")


def _right(card, answer, lang="en"):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, answer).correct


@pytest.mark.parametrize(("card", "answer", "right"), [
    (GAS, "H2", True),
    (GAS, "h2", True),
    (GAS, "H₂", True),
    (GAS, "hydrogen gas", True),
    (GAS, "hydrogen gas (H2)", True),
    (GAS, "N2", False),  # another element's formula
    (GAS, "H2O", False),
    (GAS, "2", False),  # a formula is no figure
    (GAS, "nitrogen gas", False),
    (FUME, "CO2", True),
    (FUME, "carbon dioxide", True),
    (FUME, "CO", False),
    (FUME, "carbon monoxide", False),
    (FUME, "carbon", False),
    (SALT, "NaCl", True),
    (SALT, "table salt", True),
    (SALT, "KCl", False),
    (METAL, "Fe", True),
    (METAL, "F", False),
    (LABEL, "R", False),  # a letter labels its word
    (GLUE, "a glue", False),  # words in brackets may describe: not split off
    (YEAR, "1911", False),
])
def test_a_thing_with_its_symbol_in_brackets(card, answer, right):
    assert _right(card, answer) is right


POST = short("первый секретарь (ЦК)", prompt="Какую должность он занял в 1953 году?")


@pytest.mark.parametrize(("answer", "right"), [
    ("первый секретарь", True),
    ("первый секретарь ЦК", True),
    ("второй секретарь ЦК", False),  # the body's capitals are no name of the post
    ("ЦК", False),
])
def test_capitals_of_another_thing_in_brackets(answer, right):
    assert _right(POST, answer, "ru") is right


@pytest.mark.parametrize(("answer", "right"), [
    ("CO2", True),
    ("углекислый газ", True),
    ("CO", False),
    ("угарный газ", False),
])
def test_in_russian(answer, right):
    assert _right(RU_FUME, answer, "ru") is right


@pytest.mark.parametrize(("answer", "right"), [
    ("H2 is released at the cathode; CO2 is absorbed by the lime", True),
    ("N2 is released at the cathode; CO2 is absorbed by the lime", False),  # formulas are no figures: N2 is not H2
    ("H2 is released at the cathode; CO is absorbed by the lime", False),
    ("H2 is released at the cathode; O2 is absorbed by the lime", False),
])
def test_formulas_in_keypoints(answer, right):
    assert _right(POINTS, answer) is right


@pytest.mark.parametrize(("wording", "names"), [
    ("hydrogen gas (H2)", ["hydrogen gas", "H2"]),
    ("table salt (NaCl)", ["table salt", "NaCl"]),
    ("iron (Fe)", ["iron", "Fe"]),
    ("the Reserve (R)", []),  # one letter: a label
    ("flour paste (a glue)", []),  # words in brackets
    ("the new oven (1911)", []),  # a figure
    ("Valdemar IV (Atterdag)", []),  # a person's name and byname (`described`)
    ("Karl Bosch (KB)", []),  # a name: the rules of names read it
    ("hydrogen gas", []),
    ("ultraviolet light (UV)", ["ultraviolet light", "UV"]),  # an acronym of the thing: its initials
    ("Центральный комитет (ЦК)", ["Центральный комитет", "ЦК"]),
    ("chief clerk (GPO)", ["chief clerk"]),  # capitals of another thing, the body it belongs to: a note
    ("первый секретарь (ЦК)", ["первый секретарь"]),
])
def test_symbol_bracketed(wording, names):
    assert symbol_bracketed((wording,)) == names
