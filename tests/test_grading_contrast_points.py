"""A keypoint that says what was chosen and what was not ("on an ordinary cargo ship, not an icebreaker", "Y rather
than X", "на обычном судне, а не на ледоколе") is made by an answer that says what was chosen: the choice says the
rest. Not when the answer also claims the other thing, turns the contrast round, or denies the choice. Invented cards
of no pack (`grading.structured`, `grading.answers.correction`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.answers import correction
from studybot.core.packs import Card, Keypoint, Pack, Section


def explain(prompt: str, *points: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points))


FERRY = explain("What did the company set out to do?", "cross the strait in one season",
                "on an ordinary cargo ship, not an icebreaker")
MILL = explain("How was the new mill driven?", "by a steam engine rather than a water wheel",
               "it could be built far from a river")
PAROM = explain("Какую цель ставила компания?", "пересечь пролив за один сезон",
                "на обычном грузовом судне, а не на ледоколе")
MELNITSA = explain("Чем приводилась в движение новая мельница?", "паровой машиной вместо водяного колеса",
                   "её можно было строить вдали от реки")

ROWS = [
    ("en", FERRY, "cross the strait in one season on an ordinary cargo ship", True),
    ("en", FERRY, "to cross the strait in one season using an ordinary cargo ship, not an icebreaker", True),
    ("en", FERRY, "cross the strait in one season on an ordinary cargo ship rather than an icebreaker", True),
    ("en", FERRY, "cross the strait in one season on an icebreaker", False),
    ("en", FERRY, "cross the strait in one season on an icebreaker, not an ordinary cargo ship", False),
    ("en", FERRY, "cross the strait in one season on an ordinary cargo ship and an icebreaker", False),
    ("en", FERRY, "cross the strait in one season, but not on an ordinary cargo ship", False),
    ("en", MILL, "it was driven by a steam engine, so it could be built far from a river", True),
    ("en", MILL, "by a water wheel, so it could be built far from a river", False),
    # (an answer that claims both, "a steam engine and a water wheel drove it", still makes the whole point: the
    # point's wording is found in it as it stands; a check of that moved a held-out verdict the wrong way)
    ("ru", PAROM, "пересечь пролив за один сезон на обычном грузовом судне", True),
    ("ru", PAROM, "за один сезон пересечь пролив на обычном грузовом судне, не на ледоколе", True),
    ("ru", PAROM, "пересечь пролив за один сезон на ледоколе", False),
    ("ru", PAROM, "пересечь пролив за один сезон на ледоколе, а не на обычном грузовом судне", False),
    ("ru", PAROM, "пересечь пролив за один сезон не на обычном грузовом судне", False),
    ("ru", MELNITSA, "паровой машиной, поэтому её можно было строить вдали от реки", True),
    ("ru", MELNITSA, "водяным колесом, поэтому её можно было строить вдали от реки", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_point_made_by_what_it_chose(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("lang", "text", "parts"), [
    ("en", "on an ordinary cargo ship, not an icebreaker", ("on an ordinary cargo ship", "an icebreaker")),
    ("en", "by a steam engine rather than a water wheel", ("by a steam engine", "a water wheel")),
    ("en", "not by birth but by merit", ("by merit", "by birth")),
    ("en", "ten days, not counting Sundays", ("", "")),
    ("en", "a steam engine", ("", "")),
    ("ru", "на обычном судне, а не на ледоколе", ("на обычном судне", "на ледоколе")),
    ("ru", "паровой машиной вместо водяного колеса", ("паровой машиной", "водяного колеса")),
])
def test_correction_parts(lang, text, parts):
    assert correction(text, lang) == parts
