"""English the notes say otherwise than a question (issue #12, round 57): a structure "put up" was erected, one who
shot himself killed himself, a claim is said, what is "known locally as" a name is called it, a ship is commanded by
its captain; and a name right after a noun of a vessel ("the steamer Princess Alice") is a ship's, not a person's,
whom every passage answering of it would have to name. Shown on small notes written here, with questions they do not
answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.words import Words

TALLOW = """\
The Tallow Brewing Company owned a large water tank beside the quay at Marrow.
The tank was put up in 1907 by a firm from Leeds that never tested it.
The tank burst on 2 February 1911 and flooded the lower town.
The company claimed that the frost had split the iron plates.
The flood was known locally as the Black Tide.
The poet Anna Veld lived in the lower town.
In the spring of 1912 she shot herself in her garden.
On the evening of 4 May 1890 the paddle steamer Lady Orla was returning from Brisk with many passengers.
She struck a sandbank off the point and sank quickly.
Around 140 people died, the worst loss of the river in that century.
The liner Sarmat answered her signals; her captain, Piet Holm, sent two boats to the sandbank.
"""


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="said-otherwise-en57", title="Marrow", language="en", cards=(),
                sections=(Section(id="marrow", title="The lower town of Marrow", notes=TALLOW),))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("When was the tank built?", "1907"),  # "put up"
    ("What did the company say split the plates?", "the frost"),  # "claimed"
    ("What was the flood called?", "Black Tide"),  # "known locally as"
    ("Who commanded the Sarmat?", "Piet Holm"),  # "her captain"
])
def test_the_sentence_saying_it_by_another_word_answers(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0], reply.text


@pytest.mark.parametrize("question", [
    "When was the lighthouse built?",
    "What did the mayor say about the plates?",
    "What was the brewery called before 1900?",
    "Who commanded the Lady Orla?",
])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "decline", reply.text


def test_a_ship_named_after_a_vessel_noun_is_no_person(tutor):
    persons = tutor.library.names.persons
    assert not {"ladi", "lady", "orla"} & persons, persons
    assert "holm" in persons, persons  # the captain named after her role is still one


@pytest.mark.parametrize(("asked", "said"), [
    ("said", "claimed"), ("commanded", "captain"), ("command", "captained"),
])
def test_the_words_meet_as_one(asked, said):
    words = Words("en")
    keys = [words.keys(w, words.stem(w))[0] for w in (asked, said)]
    assert keys[0] & keys[1], keys


@pytest.mark.parametrize(("text", "read"), [
    ("the tank was put up in 1907", "erected"),
    ("she shot herself", "killed herself"),
    ("the flood was known locally as the black tide", "was called"),
])
def test_phrasal_verbs_read_as_the_plain_verb(text, read):
    assert read in " ".join(Words("en").prepare(text).words)


@pytest.mark.parametrize(("text", "kept"), [
    ("the house was put up for sale", "put"),  # not erected
    ("the strikers put up a fight", "put"),
    ("he shot himself in the foot", "shot"),
])
def test_other_uses_keep_their_verb(text, kept):
    assert kept in Words("en").prepare(text).words
