"""English ways of asking that the notes say otherwise (round 26): "get to see (hear, meet)" is the chance to see,
not to reach; "made out of" is "made of", its "out" no word of the question; "how close together" asks the distance
"how far apart" does; "walk out on X" is to leave X; "stay (remain) in office" is to serve; "how many X were inside
Y?" asks what Y contained (but "what is inside Y?" keeps its "inside"); "tell everyone (the world) about X" is to
announce it to the public; "first name", "last (family) name" are parts of a name, no ordinal. Shown on small notes
written here (a church organ: no pack's subject), each with a sentence that meets the question's literal words."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
The Harlow organ was built in 1771 by Pieter Aalst and was first played to the public on 3 March 1772.
Its sound reaches the far end of the nave even when the doors are open.
The pipes of the Harlow organ were made of tin and lead.
When the bellows are worked too fast, the pipes lose air and the wind runs out.
The two keyboards of the organ sit only 12 centimetres apart.
The choir and the organist stood close together in the narrow gallery.
In 1790 the organist's two apprentices left him and opened their own workshop in Delft.
The organist walked to the church every morning along the canal.
The churchwardens of Harlow served for three years.
Pieter Aalst kept his design secret until he announced it to the public in May 1770.
Aalst told his apprentices about the design in 1768.
The first recital on the organ was given by the cantor Hendrik Vos.
The organ case contained 1,200 pipes, the longest of them 5 metres long.
Inside the organ case a candle was kept burning in winter to keep the pipes dry.
The churchwardens had an office beside the vestry, where the verger stayed at night.
"""
PACK = Pack(id="harlow-organ", title="The Harlow organ", language="en", cards=(),
            sections=(Section(id="s", title="The Harlow organ", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    return Tutor(PACK, cache=False)


def _units(tutor, question):
    return [u.text for u in tutor.analyser.question(question, normalise(question)).units]


@pytest.mark.parametrize(("question", "absent", "present"), [
    ("When did the public get to see the organ?", "reaches", "see"),  # a chance to see: no "reach"
    ("When did the public first get to hear the organ?", "reaches", "hear"),
    ("When did the choir get to the gallery?", None, "reaches"),  # not before a verb: still to reach
    ("What were the pipes made out of?", "out", "made"),  # the particle of "made out of"
    ("Why did the wind run out?", None, "out"),  # no making asked: "out" stays
    ("When did the apprentices walk out on the organist?", "walk", "left"),
    ("How long did a churchwarden stay in office?", "stay", "served"),
    ("How close together are the keyboards?", "close", "long"),  # read as "how far apart": a span asked
    ("How many pipes were inside the organ case?", "inside", "contained"),
    ("What is inside the organ case?", "contained", "inside"),  # not a count: the word the notes may say
    ("When did Aalst tell everyone about his design?", "tell", "announced"),
    ("When did Aalst tell his apprentices about the design?", None, "tell"),  # told someone: no announcing
    ("What was Aalst's first name?", "1", "forename"),  # no ordinal: not "the first recital"
    ("What was the cantor's last name?", "last", "surname"),
    ("Who gave the first recital?", None, "1"),  # an ordinal still
])
def test_the_question_is_read_as_the_notes_say_it(tutor, question, absent, present):
    units = _units(tutor, question)
    assert absent is None or absent not in units
    assert present in units


def test_a_first_name_is_not_met_by_an_ordinal(tutor):
    assert tutor.ask("What was Aalst's first name?").kind == "decline"  # the notes never say it


@pytest.mark.parametrize(("question", "fact"), [
    ("When did the public first get to hear the Harlow organ?", "3 March 1772"),
    ("What were the pipes of the organ made out of?", "tin and lead"),
    ("How close together are the two keyboards of the organ?", "12 centimetres"),
    ("When did the apprentices walk out on the organist?", "1790"),
    ("How long did a churchwarden stay in office?", "three years"),
    ("How many pipes were inside the organ case?", "1,200 pipes"),
    ("When did Aalst finally tell the world about his design?", "May 1770"),
])
def test_the_tutor_answers_with_the_sentence_that_says_it(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.sentences[0], reply.text
