"""What a point about stopping stops: "stop the weavers leaving the town" stops the leaving, so an answer that
names the weavers ("to keep the weavers in the town") makes it, while one that says they left without a word of
stopping says the opposite aim. The same for a Russian infinitive after who is stopped ("помешать шведам взять
город"). Invented subjects (`grading.stopped`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def card(point: str, *accept: str, prompt: str = "Why was the law passed?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point,
                keypoints=(Keypoint(point, accept),))


WEAVERS = card("to stop the weavers leaving the town", "keep the weavers")
PRICES = card("the guild wanted to stop prices rising", "scarce bread")
FROM = card("to prevent the weavers from leaving the town", "keep the weavers")
SPREAD = card("to stop the spread of the fever", "contain the fever")
SWEDES = card("помешать шведам взять город", "удержать город", prompt="Зачем послали полк?")

ROWS = [
    ("en", WEAVERS, "to keep the weavers in the town", True),
    ("en", WEAVERS, "to keep the weavers in the town, so they could not leave", True),
    ("en", WEAVERS, "so that the weavers left the town", False),
    ("en", PRICES, "prices were pushed up by scarce bread", True),
    ("en", PRICES, "the guild wanted prices to keep rising", False),
    ("en", FROM, "to keep the weavers in the town", True),
    ("en", FROM, "to help the weavers leave the town", False),
    # the word after the stopping word is what is stopped when no verb follows it
    ("en", SPREAD, "to contain the fever", True),
    ("en", SPREAD, "to spread the fever", False),
    ("ru", SWEDES, "чтобы удержать город", True),
    ("ru", SWEDES, "чтобы шведы взяли город", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_what_a_word_of_stopping_stops(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
