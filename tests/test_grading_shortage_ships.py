"""A short answer that gives a card's lack as a shortage ("a shortage of vitamin B" for "a lack of vitamin B"; a
lack reads as "no", a shortage does not, so the two disagreed in negation), and "no shortage of" / "no lack of"
read as plenty, never as the lack; a ship's name without its navy's prefix ("Dorrel" for "HMS Dorrel"), but not
with another navy's ("USS Dorrel"). Not told: a prefix of two letters ("SS Calloway" for "RMS Calloway", which a
steamship may be called too) and a word added after the name ("Dorrel Castle", as "HMS Dorrel Castle" was not
before). Found by a blind author's report (round 42); invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section
from tests.cards import short

LACK = short("a lack of vitamin B", prompt="What is the fever of Ostrel caused by?")
DEFICIENCY = short("iodine deficiency", prompt="What caused the swellings at Harrowgate?")
SHIP = short("HMS Dorrel", prompt="Which ship carried the first cargo of rubber?")
LINER = short("RMS Calloway", prompt="Which liner brought the news?")
POINT = Card(id="e", section="s", kind="explain", prompt="Why did the oxen sicken?", answer="a lack of salt",
             keypoints=(Keypoint("a lack of salt"),))

ROWS = [
    (LACK, "a shortage of vitamin B", True),
    (LACK, "the shortage of vitamin B", True),
    (LACK, "a lack of vitamin B", True),
    (LACK, "a shortage of vitamin C", False),
    (LACK, "no shortage of vitamin B", False),
    (LACK, "no lack of vitamin B", False),
    (LACK, "too much vitamin B", False),
    (DEFICIENCY, "a shortage of iodine", True),
    (DEFICIENCY, "a shortage of iron", False),
    (POINT, "a shortage of salt", True),
    (POINT, "there was no shortage of salt", False),
    (SHIP, "Dorrel", True),
    (SHIP, "the Dorrel", True),
    (SHIP, "HMS Dorrel", True),
    (SHIP, "USS Dorrel", False),
    (LINER, "the Calloway", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_shortages_and_ships(card, answer, right):
    pack = Pack(id="p", title="p", language="en", cards=(card,),
                sections=(Section(id="s", title="s", notes="Invented notes."),))
    assert Grader.for_pack(pack).grade(card, answer).correct is right, answer
