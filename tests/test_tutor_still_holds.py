"""A question about the present ("where is X now?", "today") is answered by a passage that says a state still holds:
"has been kept in the Royal Museum since 1874", "still stands", "remains" (English). Such a question asks what holds
now, and a passage that tells only of the past ("was taken to Corvia in 1871") does not say it (`Ranker.answers`
declines it); one that says "now" or "today" does. The present perfect with "since", "still" and "remain" say it
too: the passage covers the question's "now" and may answer (`TutorWords.present_tense`). A passage in the past, and
a question the notes do not answer, still decline. Invented notes, of no pack.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
The Harl Stone is a slab of grey granite carved with one decree in three scripts.
The decree was issued at Tarsa in 312 on behalf of King Orlen IV.
Soldiers of the Vell army found the stone in 1871 while they were digging a fort near the town of Arrow.
The stone was taken to Corvia as a prize of war and has been kept in the Royal Museum of Corvia since 1874.
The Orlen Gate was carried to the palace of Vell in 1880.
The old mill of Arrow still stands beside the ford where the soldiers camped."""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "The Harl Stone")


@pytest.mark.parametrize(("question", "fact"), [
    ("where is the stone now?", "Royal Museum of Corvia"),
    ("Where is the Harl Stone today?", "Royal Museum of Corvia"),
    ("Where is the old mill of Arrow today?", "beside the ford"),
])
def test_a_state_that_still_holds_answers_now(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "Where is the Orlen Gate now?",  # "was carried to the palace of Vell in 1880": the past only
    "Who is the king of Tarsa today?",
    "How old is the stone now?",
])
def test_the_past_alone_still_declines(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "decline", reply.text
