""""Who was the N who / that did it?" asks for the person who did it, by a clause of its own: a name, not what an N
is. A passage saying only that "an N did it" gives no one and is no answer (a name in the question, "the BX-9 button",
made it one read as "who is X?"); one naming the people who did it is. "Who was N?" alone still asks what (or who) N
is. Small notes written here (no pack's subject)."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_tutor import ENGLISH_TUTOR
from tests.notes import tutor_on

NOTES = """\
The Saltmere lighthouse was lit for the first time in 1821.
A keeper rang the fog bell every night of the great fog.
An officer pressed the alarm button, BX-9.
Two fishermen rowed out to the wreck of the Plover: Edric Vane and Tobias Mool.
The harbour master is the officer who runs the port and assigns the berths.
"""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Saltmere")


@pytest.mark.parametrize("question", [
    "Who was the keeper who rang the fog bell?",
    "Who was the officer who pressed the BX-9 button?",
    "who was the keeper that rang the Saltmere fog bell",
])
def test_no_one_named_is_no_answer(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Who were the two fishermen who rowed out to the wreck?", "Edric Vane"),
    ("who were the 2 fishermen that rowed out to the wreck of the plover", "Tobias Mool"),
    ("who was Edric Vane", "Edric Vane"),
])
def test_the_ones_named_or_defined_answer(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("text", "define"), [
    ("who was the keeper who rang the bell", False), ("who were the two men that rowed out", False),
    ("who is the old keeper who lives there", False), ("who was the keeper", True),
    ("who is the harbour master", True), ("what was the ship that sank", True),
])
def test_a_clause_of_its_own_asks_for_the_doer(text, define):
    assert bool(re.search(ENGLISH_TUTOR.asks["define"], text)) is define
