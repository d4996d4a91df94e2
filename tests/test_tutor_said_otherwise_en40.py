"""English words a question uses where the notes say the same by another word of the language (issue #12, round 40):
a count of kinds of living things said as species, moving to and fro said as swaying, "X's contribution" as what X
did; and "in the end", which is "finally", not the end of a thing. Shown on small notes written here, with questions
they do not answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.words import Words

HALDOR = """\
The village of Haldor lies on a salt marsh at the mouth of the river Senn.
Forced work on the dykes of Haldor was stopped in 1788, after a petition by the fishermen.
The bell tower of Haldor swayed in the storm of 1790, because its oak beams had rotted.
The salt marsh of Haldor is home to more than 300 species of birds.
The ferry across the Senn was first run by the monks of Ivel.
The fishermen of Haldor sold their catch at the market of Ivel.
The northern end of the great dyke was rebuilt in 1810.
The Salt Bill of 1795 was debated in the council for a month.
Debate on the Salt Bill was stopped in March 1795 by the speaker.
The engineer Paul Roe designed the sluice gates of the great dyke.
"""


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="said-otherwise-en40", title="Haldor", language="en", cards=(),
                sections=(Section(id="haldor", title="Haldor", notes=HALDOR),))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("why did the bell tower wobble?", "oak beams had rotted"),  # "swayed"
    ("how many kinds of birds live on the marsh?", "300 species"),
    ("what was Paul Roe's contribution?", "designed the sluice gates"),  # what he did
])
def test_the_sentence_saying_it_by_another_word_answers(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "did the Salt Bill pass in the end?",  # the notes tell that its debate was stopped, not whether it passed
    "when did the ferry across the Senn stop running?",  # they tell who first ran it, not that it stopped
    "what was the monks' contribution to the dykes?",  # the monks ran the ferry
])
def test_what_the_notes_do_not_tell_is_declined(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "decline", reply.text


@pytest.mark.parametrize(("asked", "said"), [
    ("kinds", "species"), ("sorts", "species"), ("wobble", "swayed"), ("wobbling", "sway"),
])
def test_the_words_meet_as_one(asked, said):
    words = Words("en")
    keys = [words.keys(w, words.stem(w))[0] for w in (asked, said)]
    assert keys[0] & keys[1], keys


def test_in_the_end_is_read_as_finally():
    said = Words("en").prepare("Did the bill pass in the end?").words
    assert "finally" in said and "end" not in said, said
