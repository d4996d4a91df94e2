""""Who was the first person to ...?" asks for the person who did it first: "person" (or "people", "individual")
after "the first", "the last", "the only" or a superlative says no more than "who" does, and the question is no
"what is X?" of the thing it names. A noun that says more ("the first woman") still counts. Small notes written
here (no pack's subject)."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_tutor import ENGLISH_TUTOR
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Glowroot is a tonic brewed from the bark of the river alder.
The brewer Tamsin Hale first made glowroot in 1702, but she could not keep it from spoiling.
In March 1731 the first patient, Oswin Marle, a ferryman with a fever, was given glowroot and recovered.
Later the apothecaries of Lunden sold glowroot in sealed jars.
The youngest sailor on the Heron, Pip Adey, was eleven years old.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(Pack(id="t", title="T", language="en", cards=(),
                      sections=(Section(id="s", title="Notes", notes=NOTES),)), cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("who was the first person to be given glowroot", "Oswin Marle"),
    ("Who was the very first person given glowroot?", "Oswin Marle"),
    ("who was the youngest person on the heron", "Pip Adey"),
    ("what is glowroot", "tonic brewed"),
])
def test_the_one_who_did_it_first_is_asked_for(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.sentences[0]


@pytest.mark.parametrize("question", ["who was the first person to sell glowroot in tins",
                                      "who was the only person to brew glowroot from oak bark"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("text", "define"), [
    ("who was the first person to fly", False), ("who was the first to fly", False),
    ("who is the oldest person alive", False), ("who was the last one to leave", False),
    ("who was the first woman to fly", False), ("who was the first woman", True),
    ("who was tamsin hale", True), ("what was the first engine", True), ("who is the first lady", True),
])
def test_a_first_or_only_one_is_no_definition(text, define):
    assert bool(re.search(ENGLISH_TUTOR.asks["define"], text)) is define


@pytest.mark.parametrize(("text", "rewritten"), [
    ("who was the first person to fly", "who was the first to fly"),
    ("who were the only people to stay", "who were the only to stay"),
    ("who was the first woman to fly", "who was the first woman to fly"),
    ("who was the person in charge", "who was the person in charge"),
])
def test_the_general_noun_for_a_person_is_left_out(text, rewritten):
    for pattern, replacement in ENGLISH_TUTOR.rewrites[:1]:
        text = re.sub(pattern, replacement, text)
    assert text == rewritten
