"""An age asked in English (issue #12, `tutor.ages_en`): "how old was X?" is answered by the sentence that says X's
age ("a captain of 28", "then aged 41"), not by one that holds the word "old" and a figure of years but tells another's
age against X's ("Moss, who was six years older"), which answers "how old was Moss?". Shown on small notes written
here, with questions they do not answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
The explorer Anna Berg was born in Oslo and trained as a surveyor in the army.
The navy chose Berg, a captain of 28, to lead the party to the northern ice.
Berg's old friend Karl Moss, who was six years older, joined her as the party's doctor.
The engineer Ivo Lund, then aged 41, built the sledges from ash and whale bone.
The party crossed the ice in the spring and reached the coast in June 1901.
"""
SHIP = "The ship Vega carried coal, tents and forty dogs. She sailed from Bergen in May 1900 with twelve men on board."


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="berg-ages", title="Berg", language="en", cards=(),
                sections=(Section(id="a", title="The party", notes=NOTES), Section(id="b", title="The ship",
                                                                                    notes=SHIP)))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("how old was Berg?", "a captain of 28"),  # not "six years older": Moss's age against hers
    ("How old was Anna Berg when the navy chose her", "a captain of 28"),
    ("how old was Moss?", "six years older"),  # his own age, told by hers
    ("how old was Lund", "aged 41"),
])
def test_the_sentence_that_says_the_age_answers(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "how old was the ship's cook?",  # the text names no cook
    "what is the capital of Norway?",
])
def test_what_the_notes_do_not_tell_is_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
