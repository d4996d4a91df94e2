"""English questions that say a word of the notes another way (issue #12, round 38): "known as" is "called", going
round a body in space is orbiting it, taking one's own life is dying, where a body is based is its headquarters,
coming into use is being introduced, the public learning of a thing is its announcement, holding the record for the
longest X is giving the longest X. Shown on small notes written here, with questions they do not answer, which are
still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.words import Words

GUILD = """\
The Weavers' Guild of Arden was founded in 1412 by the cloth merchant Tomas Hale.
The guild's headquarters were in the market town of Bree, beside the old wool hall.
Its members paid a yearly fee and a tithe on cloth, and elected a master every spring.
The tithe on cloth funded the guild's school.
The tithe on cloth was stopped in 1833, after a report by the doctor Ellen Marsh.
Six barges were trapped in the frozen canal in 1840; they became known as the "Ice Flotilla" from the frost that covered
their sails for weeks.
The guild lost most of its trade when the railway reached Bree in 1851.
"""
SPACE = """\
The probe Lark was launched from the island of Vell in 1971.
On 3 May 1972 the cosmonaut Dana Rusk became the first woman to orbit the Moon: eleven orbits in the capsule Wren.
The chief designer Ivo Petrov took his own life in 1979, a year after the failed Finch mission.
A second probe, Heron, carried a camera and a small drill.
"""
# the same facts told again, as a pack's source text retells its notes: no fact stands out alone
TIMELINE = """\
In 1972 Dana Rusk became the first woman to orbit the Moon.
"""
LAW = """\
The Harbour Act of 1901 was debated for three months in the upper chamber.
Its opponents spoke for over twenty hours against the Harbour Act of 1901.
The senator Ruth Kade gave the longest single speech, of nine hours, against the act.
The pulley crane was introduced at the harbour in 1904, and the old hand winches were sold.
The board kept the tide gauge secret until it announced it to the public on 2 June 1905.
The dredger Mole was built in 1899 and sank in 1920.
The harbour's lighthouse was painted red and white in 1910.
"""


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="said-otherwise-en38", title="Arden", language="en", cards=(),
                sections=(Section(id="guild", title="The guild", notes=GUILD),
                          Section(id="space", title="The probes", notes=SPACE),
                          Section(id="law", title="The act", notes=LAW),
                          Section(id="timeline", title="Timeline", notes=TIMELINE)))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("why was it called the Ice Flotilla?", "frost that covered"),  # "became known as"
    ("where's the weavers' guild based?", "Bree"),  # "the guild's headquarters were in Bree"
    ("how many times did Rusk go round the moon?", "eleven orbits"),  # "to orbit the Moon"
    ("who was the first woman to fly around the moon?", "Dana Rusk"),
    ("how did Petrov die?", "took his own life"),
    ("when did the crane come into use?", "1904"),  # "was introduced in 1904"
    ("when did the world learn of the tide gauge?", "2 June 1905"),  # "announced it to the public"
    ("who held the record for the longest speech?", "Ruth Kade"),  # "gave the longest single speech"
])
def test_the_sentence_saying_it_another_way_answers(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "where is the railway company based?",  # the headquarters told are the guild's
    "how did Tomas Hale die?",  # the notes tell of no death of his
])
def test_what_the_notes_do_not_tell_is_declined(tutor, question):
    assert tutor.ask(question).kind == "decline", tutor.ask(question).text


@pytest.mark.parametrize(("text", "kept"), [
    ("The ferry came into service in 1896.", "service"),  # "when did the ferry enter service?" still meets it
    ("When did the drug come into use?", "use"),
])
def test_coming_into_use_is_read_as_introduced_keeping_its_noun(text, kept):
    said = Words("en").prepare(text).words
    assert "introduced" in said and kept in said, said
