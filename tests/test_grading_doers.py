"""A short answer that names the thing for the one who does it, or the other way round: English Snowball stems
"gardener" as "garden" and "commander" as "command", but "the garden" names no gardener (`grading.doers`). Invented
cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.doers import doer_apart
from studybot.core.packs import Card, Pack, Section


def short(answer: str, prompt: str) -> Card:
    return Card(id="s", section="s", kind="short", prompt=prompt, answer=answer)


GARDENER = short("The gardener", "Who found the key?")
COMMANDER = short("the commander", "Who gave the order to retreat?")
CONSUMERS = short("consumers", "Who pays the tax in the end?")
REPORT = short("the report", "What did the committee publish?")

ROWS = [
    (GARDENER, "the garden", False),
    (GARDENER, "the garden wall", False),
    (GARDENER, "a gardener", True),
    (GARDENER, "the gardeners", True),
    (GARDENER, "gardner", True),  # a slip of the word itself
    (COMMANDER, "the command", False),
    (COMMANDER, "the commander of the fort", True),
    (CONSUMERS, "they consume", False),
    (CONSUMERS, "the consumers", True),
    (REPORT, "the reporter", False),
    (REPORT, "a report", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_the_thing_is_not_the_one_who_does_it(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("garden", "gardener", True), ("consumer", "consume", True), ("producers", "produce", True),
    ("invent", "inventor", True), ("gardener", "gardeners", False), ("garden", "garden", False),
])
def test_doer_endings(a, b, apart):
    assert doer_apart(a, b, "en") is apart
    assert doer_apart(a, b, "ru") is False
