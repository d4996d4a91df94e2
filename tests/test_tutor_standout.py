"""A passage that stands out (`Ranker._standout`): when no candidate covers enough of a
question, the first still answers when it stands well above the second, gives the kind
of answer asked for and says at least two of the question's words itself: what it lacks
is most likely said in other words ("devised" for "drew the plans"). Shown on a small
text written here (no pack's subject). ("designed" no longer needs the rule: WordNet gives "plan" as its synonym,
see `tutor.senses`.)"""

from __future__ import annotations

import dataclasses

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import DEFAULT_WEIGHTS, Tutor

CANAL = """\
The Orvan canal links the river Sel to the port of Tamber.
Work on the canal began in 1821 and ended in 1834.
Lise Hallam drew the plans of the canal locks in 1819.
The locks raise boats by twelve metres in all.
Barges carried coal and grain along the canal.
The canal company charged a toll on every barge.
Tolls fell when the railway reached Tamber in 1860, because freight moved to the trains.
The canal froze in the winter of 1855.
Boatmen's families lived on the barges.
A keeper lived in a cottage beside each lock and opened the gates for a fee.
"""
PACK = Pack(id="t", title="A canal", cards=(), sections=(Section(id="c", title="The canal", notes=CANAL),))


@pytest.fixture(scope="module")
def tutors() -> tuple[Tutor, Tutor]:
    """The tutor, and one whose candidates never stand out."""
    return Tutor(PACK, cache=False), Tutor(PACK, dataclasses.replace(DEFAULT_WEIGHTS, standout_margin=99), cache=False)


@pytest.mark.parametrize("question", ["Who devised the locks of the canal?", "Who sketched the canal locks?"])
def test_a_relation_said_in_other_words_is_answered_by_the_passage_that_stands_out(tutors, question):
    tutor, never = tutors
    reply = tutor.ask(question)
    assert reply.kind == "answer" and "Lise Hallam" in reply.text
    assert never.ask(question).kind == "decline"  # below the coverage an answer needs: the rule answers it


@pytest.mark.parametrize("question", [
    "Who invented the lock?",  # one word of the question in the passage proves little
    "Who devised the Tamber locks?",  # a name of the text the passage does not give
    "Who founded the canal company?",  # no person in the passage that comes first
])
def test_what_stands_out_on_one_word_a_missing_name_or_no_answer_is_declined(tutors, question):
    tutor, _ = tutors
    assert tutor.ask(question).kind == "decline"


def test_a_relation_wordnet_says_otherwise_needs_no_standing_out(tutors):
    """"designed": WordNet's "plan" ("drew the plans") covers it, so it is answered without the rule."""
    _, never = tutors
    assert "Lise Hallam" in never.ask("Who designed the locks of the canal?").text
