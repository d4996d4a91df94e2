"""Who made a thing said as a person's own (`tutor.agents`, `acted_nouns`, `events`): "Humphry Davy ... presented his
safety lamp" answers "who invented the safety lamp?", as "A similar lamp, designed by George Stephenson" answers
"who invented the similar lamp?": a possessive's thing is its person's, and a noun before a comma and a passive
participle with "by" is the agent's. A thing nobody's own, or a person named without it, answers no "who". An adjective
of a role ("A Diplomatic Breakthrough") names no person a "who" question asks for (`people_nouns`). Shown on a small
text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.agents import agents_of

NOTES = """\
In the coal mines of the early nineteenth century, miners worked by the light of candles.
Humphry Davy, an English chemist, presented his safety lamp to the Royal Society in 1816.
The flame burned inside a cylinder of fine iron gauze, which cooled the hot gases.
A similar lamp, designed by George Stephenson, was used in the pits of the north-east.
The gauze lamp gave less light than a candle.
In 1817 the Mining Journal ran a piece headlined "A Diplomatic Triumph for the Pits".
"""
PACK = Pack(id="pits", title="Light in the pits", cards=(), sections=(Section(id="s", title="Pit lamps",
                                                                              notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def _owned(tutor: Tutor, start: str) -> set[str]:
    doc = next(d for d in tutor.docs if d.text.startswith(start))
    return {key for key, _ in agents_of(doc.text, tutor.library.names, tutor.library.words).pairs}


@pytest.mark.parametrize(("question", "said"), [
    ("who invented the safety lamp?", "Humphry Davy"),
    ("who made the safety lamp?", "Humphry Davy"),
    ("who invented the similar lamp?", "George Stephenson"),
])
def test_a_persons_own_thing_answers_who_made_it(tutor: Tutor, question: str, said: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    assert said in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "who invented the iron gauze?",  # nobody's own: the text does not say who
    "who wrote the Mining Journal piece?",  # "Diplomatic" is no diplomat: no author is named
])
def test_who_is_still_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


def test_the_owned_thing_and_the_noun_before_a_participle(tutor: Tutor) -> None:
    stem = tutor.library.words.stem
    assert {stem("safety"), stem("lamp")} <= _owned(tutor, "Humphry Davy")
    assert stem("lamp") in _owned(tutor, "A similar lamp")
    assert not _owned(tutor, "The gauze lamp")  # no possessive, no agent


def test_a_role_adjective_is_no_role(tutor: Tutor) -> None:
    doc = next(d for d in tutor.docs if d.text.startswith("In 1817"))
    assert not doc.roles
