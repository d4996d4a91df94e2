"""A person's "he" or "she" after a fronted phrase goes on about the person the sentence before names (English,
`tutor.fronted_subjects`): "As a student at the Kell Institute, she built ..." tells of Lena Marsh when the sentence
before names her, through another such sentence too (a phrase set off by a comma, or one saying a time); a phrase
that names a person of its own ("When Tomas Berg came back, he ...") keeps its pronoun for that person. Shown on
small notes written here."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.fronted_subjects import fronted_subject

NOTES = """\
Lena Marsh grew up in the river town of Tarrow, where her mother kept a ferry.
As a student at the Kell Institute, she built a small wind tunnel out of packing crates.
In 1931, after two years of trials, she patented a folding propeller for gliders.

Tomas Berg ran the glider club at Hollin Fell and trained its first pilots.
The club's hangar burned down in the dry summer of 1934.
When Tomas Berg came back from the coast, he sold the club's last glider to a farmer.
"""
PACK = Pack(id="gliders", title="Early gliding", language="en", cards=(),
            sections=(Section(id="s", title="Lena Marsh and the Hollin Fell club", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("What did Lena Marsh build at the Kell Institute?", "wind tunnel"),  # the sentence right after her name
    ("When did Lena Marsh patent the folding propeller?", "1931"),  # two such sentences after it
    ("what did marsh build out of packing crates?", "wind tunnel"),
])
def test_a_fronted_phrase_then_she_tells_of_the_person_before(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text, reply.text


@pytest.mark.parametrize(("text", "fronted"), [
    ("As a student at the Kell Institute, she built a wind tunnel.", True),
    ("In 1931, after two years of trials, she patented a propeller.", True),
    ("Returning from the coast by train in 1932, he sold the glider.", True),
    ("On a long voyage home from Lisbon in 1928 he heard of the engine.", True),  # a time: no comma needed
    ("With the new wing she won the cup and married.", False),  # a short phrase run on into its clause
    ("She built a wind tunnel.", False),  # an opening pronoun: `Traits.continues` reads it
    ("The club, he said, had no money left.", False),  # the sentence opens with its own subject
    ("When Tomas Berg came back from the coast, he sold the glider.", False),  # the phrase names the person
    ("In 1934 the hangar burned down.", False),  # no pronoun at all
    ("In 1934, after the fire, it was rebuilt in stone.", False),  # "it": a thing, not a person
])
def test_fronted_subject(tutor, text, fronted):
    assert fronted_subject(text, tutor.library.words, tutor.library.names) is fronted


def test_a_phrase_naming_its_own_person_is_not_the_person_before(tutor):
    reply = tutor.ask("Who did Lena Marsh sell the last glider to?")
    assert "farmer" not in reply.text, reply.text
