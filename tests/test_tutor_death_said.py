"""A death said by the act that caused it, in English (`lexicon_verb_pairs`, `tutor.events.EVENTS`): "where did Penrose
die?" is answered by "Penrose fled to Lisbon, where he was murdered", "when did Reddle die?" by "Reddle was
assassinated in 1760", "where did Crane die?" by "Crane was executed at Tarsa". A question about the death of someone
whose death the notes do not tell stays declined. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
The Harl Mill stands on the river Tam near the town of Arrow.
Orlan Tesk built the mill in 1702 and ran it for thirty years.
In 1731 Tesk sold the mill to the weaver Edda Voss.
During the riots of 1752 the miller Amos Penrose fled to Lisbon, where he was murdered in 1754.
The mayor Jonas Reddle was assassinated on the steps of the town hall in 1760.
The rebel leader Silas Crane was executed at Tarsa in 1761."""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "The Harl Mill")


@pytest.mark.parametrize(("question", "fact"), [
    ("Where did Penrose die?", "Lisbon, where he was murdered"),
    ("When did Jonas Reddle die?", "1760"),
    ("Where did Silas Crane die?", "Tarsa"),
])
def test_a_death_said_by_its_cause_answers(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "When did Edda Voss die?",  # the notes tell of no death of hers
    "Where did Orlan Tesk die?",
])
def test_a_death_the_notes_do_not_tell_is_declined(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "decline", reply.text
