""""Make" is not "give": "who made the stone?" is not answered by "... and it gave them the key to the other scripts".

The two verbs mean one thing only with the noun of a speech or a promise ("make / give / deliver a speech"), and there
the noun says what is asked. Read as one word everywhere (`lexicon_paraphrase`), "made" was met by any "gave": a
question about who made a thing was answered by a sentence in which something gave someone something. "give" and
"deliver" stay one meaning, and "make" with the noun of a speech or a promise reads as "give" (`lexicon_idioms`): a
question about a speech still finds the speech. Invented notes, of no pack.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
The Harl Stone is a slab of grey granite carved with one decree in three scripts.
The decree was issued at Tarsa in 312 on behalf of King Orlen IV.
Soldiers of the Vell army found the stone in 1871 while they were digging a fort near the town of Arrow.
Scholars could read the Old Tarsan text at once, and it gave them the key to the other two scripts.
The mayor of Tarsa, Edda Voss, gave a long speech at the opening of the harbour in 1901.
She delivered a second address to the council in 1903, asking for a new quay."""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "The Harl Stone")


def test_made_is_not_met_by_gave(tutor):
    reply = tutor.ask("who made the stone?")
    assert reply.kind == "decline", reply.text


@pytest.mark.parametrize(("question", "fact"), [
    ("When did Edda Voss make her speech?", "1901"),
    ("Who delivered a speech at the opening of the harbour?", "Edda Voss"),  # "gave a long speech"
    ("What did the Old Tarsan text give the scholars?", "the key to the other two scripts"),
])
def test_give_and_deliver_and_a_speech_still_answer(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text
