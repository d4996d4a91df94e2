"""What a thing became, the two things named the other way round: "the marsh became a lake" does not say "the lake
became a marsh", nor "болото превращается в озеро" "озеро превращается в болото". The same change in other words
passes. Cards on invented subjects of no pack (a duchy, a fort, a pond, a salt flat)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(), Grader(language="ru")


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What happened? / Что произошло?", answer=text,
                keypoints=(Keypoint(text, ()),))


DUCHY = point("the duchy became a kingdom")
FORT = point("the fort turned into a prison")
POND = point("пруд превращается в болото")
FLAT = point("крепость стала тюрьмой")

ROWS = [
    (EN, DUCHY, "the duchy became a kingdom", True),
    (EN, DUCHY, "the duchy turned into a kingdom", True),
    (EN, DUCHY, "after the war the duchy became a kingdom", True),
    (EN, DUCHY, "the kingdom became a duchy", False),  # trap: the other way round
    (EN, FORT, "the fort became a prison", True),
    (EN, FORT, "the prison became a fort", False),
    (RU, POND, "пруд превратился в болото", True),
    (RU, POND, "постепенно пруд превращается в болото", True),
    (RU, POND, "болото превращается в пруд", False),
    (RU, POND, "болото превратилось в пруд", False),
    (RU, FLAT, "крепость превратилась в тюрьму", True),
    (RU, FLAT, "тюрьма стала крепостью", False),
    (RU, FLAT, "тюрьма превратилась в крепость", False),
]


@pytest.mark.parametrize(("grader", "card", "given", "right"), ROWS)
def test_what_a_thing_became(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right
