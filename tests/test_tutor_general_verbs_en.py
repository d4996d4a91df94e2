"""English verbs a question uses that the text says otherwise (`lexicon_paraphrase.TUTOR_GROUPS`,
`lexicon_tutor` light words).

- held where one cannot leave: "how many boats were stuck in the harbour?" is "nine boats were trapped there";
- "doing" a thing is the thing's: "why were they doing the survey at night?" is answered by "the survey was put off
  until the night, because ...", which says no "doing".
Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
In the winter of 1820 the harbour of Vask froze over in a single night.
Nine fishing boats were trapped in the ice until March.
The harbour master asked the crews to stay on board during the day.
The survey of the harbour floor was put off until the night, because the ice was thickest then.
A second survey in April counted the boats the ice had crushed.
That survey found two boats crushed and one sunk at the night moorings.
"""
PACK = Pack(id="vask", title="Vask", cards=(), sections=(Section(id="h", title="The harbour", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("How many boats were stuck in the harbour?", "Nine fishing boats"),
    ("Why were they doing the survey at night?", "the ice was thickest"),
])
def test_a_verb_said_otherwise(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


def test_doing_is_a_light_word_of_a_question(tutor: Tutor) -> None:
    from studybot.core.text import normalise
    question = "Why were they doing the survey at night?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert all(u.light for u in asked.units if u.text == "doing") and any(u.text == "doing" for u in asked.units)
    assert not any(u.light for u in asked.units if u.text == "survey")
