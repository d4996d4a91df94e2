"""A part of the day says when, in English (issue #12, round 38): "That evening the radio admitted a fire." answers
"when did the radio admit the fire?" (a time word, as "later" or "that year" is: `TutorWords.time_words`), with the
sentence before it that gives the date when there is room. Shown on small notes written here, with questions they do
not answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

MILL = """\
On the morning of 3 May 1911 the night watchman at the Dunmore mill saw smoke above the carding room.
The owners said nothing at first, and the town heard only rumours.
That evening the mayor's office put out a short notice admitting a fire.
The mill was rebuilt in brick over the next two years.
"""
BRIDGE = """\
The iron bridge at Kell was opened in 1890 by the engineer Sara Vance.
Its central span is 80 metres long.
"""


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="same-time-en38", title="Dunmore", language="en", cards=(),
                sections=(Section(id="mill", title="The mill fire", notes=MILL),
                          Section(id="bridge", title="The bridge", notes=BRIDGE)))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("when did the mayor's office admit the fire?", "That evening"),
    ("when did the mayor finally admit there had been a fire?", "That evening"),
])
def test_a_sentence_dated_by_an_earlier_one_answers_when(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "when did the mayor's office close the mill?",  # the notes tell of no closing
    "when did the owners sell the mill?",
])
def test_what_the_notes_do_not_tell_is_declined(tutor, question):
    assert tutor.ask(question).kind == "decline", tutor.ask(question).text
