"""Suspended hyphens ("alpha-, beta- and gamma-rays", "до- и послевоенный" aside, "альфа-, бета- и гамма-лучи"):
each part left hanging on its hyphen takes the last word's tail (core/suspended_hyphens.py). Cards on invented
subjects (kinds of kiln, of sail, of glaze), so a rule that passes is one of the language."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.suspended_hyphens import write_out_suspended

EN = Grader()
RU = Grader(language="ru")


def listing(prompt: str, *points: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=len(points))


KILNS = listing("Name the three kinds of kiln in the guild's yard.", "wood-fired kiln", "coal-fired kiln",
                "gas-fired kiln")
SAILS = listing("Назовите три вида парусов на шхуне.", "грот-парус", "фок-парус", "бизань-парус")
GLAZE = listing("Какие два вида глазури знал мастер?", "свинцово-оловянная", "свинцово-медная")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    # the series written with suspended hyphens: every point is made
    (EN, KILNS, "wood-, coal- and gas-fired kilns", True),
    (EN, KILNS, "wood-, coal-, gas-fired", True),
    (RU, SAILS, "грот-, фок- и бизань-парус", True),
    (RU, SAILS, "грот-, фок-, бизань-паруса", True),
    # written out in full: made, as before
    (RU, SAILS, "грот-парус, фок-парус и бизань-парус", True),
    # a part wrong or missing: not made
    (EN, KILNS, "wood-, oil- and gas-fired kilns", False),
    (EN, KILNS, "wood- and gas-fired kilns", False),
    (RU, SAILS, "грот-, кливер- и бизань-парус", False),
    (RU, SAILS, "грот- и бизань-парус", False),
    # the hanging part is the tail's other half: not the other point
    (RU, GLAZE, "свинцово-, медно-оловянная", False),
])
def test_suspended_hyphens_hang_the_last_words_tail(grader, card, given, right):
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("alpha-, beta- and gamma-rays", "alpha-rays, beta-rays and gamma-rays"),
    ("pre- and post-war", "pre-war and post-war"),
    ("a well- or ill-made plan", "a well-made or ill-made plan"),
    ("альфа-, бета- и гамма-излучение", "альфа-излучение, бета-излучение и гамма-излучение"),
    # an ion's charge before a comma hangs nothing, nor does a dash between words, nor a glued tail
    ("OH-, гидроксид-ионы", "OH-, гидроксид-ионы"),
    ("north - south", "north - south"),
    ("до- и послевоенный", "до- и послевоенный"),
])
def test_a_series_is_written_out(text, read):
    assert write_out_suspended(text) == read
