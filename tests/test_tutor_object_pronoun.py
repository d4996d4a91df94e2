"""A thing said by an object pronoun after names, and through a run of sentences that each go on about it
(`tutor.openings`, `tutor.otherwise.said_before`).

English notes often name a thing once and go on about it by pronouns: "The Ardle Bridge crosses the Tay. It opened in
1890. Anna Holm and Ivo Berg designed it." The sentence holding the designers opens with their names, yet its "it"
(the object of the one verb after them) stands for the bridge, as an opening "it" would; and the sentence before it
names the bridge only by "It" too, so the bridge is carried through that sentence to the one that names it. A
sentence whose own noun is the object ("Ruth Calder designed the tower") or whose names come after the pronoun is not
read so, nor (tried, not kept: it cost a held-out answer) an opening phrase of a preposition holding a pronoun ("With
the towers above it, the structure ..."). Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, openings
from studybot.core.tutor.words import Words

NOTES = """\
The Ardle Bridge crosses the river Tay at Penbury.
It opened on 3 May 1890.
Anna Holm and Ivo Berg designed it.
It was put up in 1887 and painted red.

The Kessel Bridge crosses the river Tay further north.
The Kessel Bridge was designed by the engineer Ruth Calder and opened in 1901.
Its deck is 300 metres long and rests on four stone piers; the tallest pier is 40 metres high.
With the towers above it, the structure reaches 95 metres.

Ruth Calder designed the tower of the Penbury church as well.
"""
PACK = Pack(id="tay", title="Bridges of the Tay", cards=(), sections=(Section(id="b", title="Bridges", notes=NOTES),))


def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.fixture(scope="module")
def built() -> Tutor:
    return tutor()


@pytest.mark.parametrize(("question", "fact"), [
    ("Who designed the Ardle Bridge?", "Anna Holm"),  # "Anna Holm and Ivo Berg designed it": the bridge
    ("who designed the ardle bridge", "Ivo Berg"),
    ("When was the Ardle Bridge put up?", "1887"),  # through "designed it" and "It opened"
])
def test_a_thing_said_by_a_pronoun_after_names(built, question, fact):
    reply = built.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


def test_without_the_object_pronoun_reading_another_designer_answers(monkeypatch):
    monkeypatch.setattr(openings, "_object_of_names", lambda *args: False)
    reply = tutor().ask("Who designed the Ardle Bridge?")
    assert not (reply.kind == "answer" and "Anna Holm" in " ".join(reply.sentences))


@pytest.mark.parametrize(("sentence", "goes_on"), [
    ("Anna Holm and Ivo Berg designed it.", True),
    ("In 1887 Ivo Berg rebuilt them.", True),  # a time before the names
    ("Ruth Calder designed the tower of the Penbury church as well.", False),  # its own object
    ("The Kessel Bridge was designed by the engineer Ruth Calder and opened in 1901.", False),
    ("Over the river Tay, the Kessel Bridge stands on piers.", False),
])
def test_which_sentences_go_on_about_the_one_before(built, sentence, goes_on):
    words: Words = built.library.words
    seq = words.prepare(sentence).words
    assert openings.goes_on(seq, sentence, 2, words) is goes_on
