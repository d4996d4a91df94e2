"""A slip in the card's own given name before its surname is that name ("Этьенн Ленуар" for "Этьен Ленуар",
"Micheal Hoffman" for "Michael Hoffman"), though Snowball may cut the given name to a stem of two letters
("этьен": "эт"); another given name stays another person ("Dustin Hoffman", "Павел Михайлов"). Cards on invented
people, so a rule that passes is one of names, not of a text (core/grading/short.py `_name_swapped`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import short

RU = Grader(language="ru")
EN = Grader()

MILLER_RU = short("Этьен Лебрен", prompt="Кто построил мельницу?")
MILLER_EN = short("Michael Hoffman", prompt="Who built the mill?")
MASTER_RU = short("Пётр Михайлов", prompt="Кто был мастером гильдии?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (RU, MILLER_RU, "Этьен Лебрен", True),
    (RU, MILLER_RU, "Этьенн Лебрен", True),
    (RU, MILLER_RU, "Этьен Лебренн", True),
    (EN, MILLER_EN, "Micheal Hoffman", True),
    (EN, MILLER_EN, "Michaell Hoffman", True),
    # another given name: another person
    (RU, MILLER_RU, "Антуан Лебрен", False),
    (RU, MASTER_RU, "Павел Михайлов", False),
    (EN, MILLER_EN, "Dustin Hoffman", False),
    (EN, MILLER_EN, "Rachel Hoffman", False),
])
def test_given_name_slips(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace


ENVOY = short("Wess Mitchell", prompt="Which envoy met the minister?")


@pytest.mark.parametrize(("given", "right"), [
    ("Vess Mitchell", True),  # v for w: alike in sound, a slip in a given name of four letters
    ("Vess Mitchel", True),  # a slip in each part of the name, the surname close: the same person
    ("Wesa Mitchell", True),  # a neighbouring key
    ("Tess Mitchell", False),  # another given name: another person
    ("Jess Mitchell", False),
    ("Bess Mitchell", False),
    ("Vest Mitchell", False),  # two letters changed
])
def test_a_slip_in_a_short_given_name(given: str, right: bool) -> None:
    assert EN.grade(ENVOY, given).correct is right, EN.grade(ENVOY, given).trace
