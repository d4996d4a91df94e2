"""A who/when/where/how-many question about an invention or a death asks of that event only (`tutor.events`): "When
did Tamsin Orrel die?" is not answered by "In 1841 Tamsin Orrel came back to Kellbridge", which names her but tells
of another event; "Who invented the spinning frame?" not by a sentence naming the frame and a person with another
verb. The event said by its verb in any form, its noun ("death", "inventor") or a verb English uses for it ("was
killed", "built") is answered. A passage further down that tells of the event answers instead of the one ranked
first. English only. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor, events

NOTES = """\
Tamsin Orrel was a weaver in the Kell valley.
In 1841 Tamsin Orrel came back to Kellbridge and opened a school for girls.
The school of Orrel taught reading, sums and the loom.
The miller Amos Penrose died in 1859 at Marlow.
The spinning frame of the Kellbridge mill was shown at the Marlow fair in 1833.
Visitors to the fair praised the spinning frame for its speed.
Jory Penhale built the first spinning frame of the valley in 1829.
The copper kettle of the mill was bought in Marlow.
"""
PACK = Pack(id="kell-events", title="The Kell weavers", cards=(),
            sections=(Section(id="w", title="Weavers", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize("question", [
    "When did Tamsin Orrel die?",  # she came back, opened a school: no death is told of
    "Who invented the copper kettle?",  # it was bought
])
def test_another_event_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("When did Amos Penrose die?", "1859"),  # the verb itself
    ("Where did Amos Penrose die?", "Marlow"),
    ("Who invented the spinning frame?", "Jory Penhale"),  # "built", below the sentences of the fair
    ("When did Tamsin Orrel come back to Kellbridge?", "1841"),  # no event of `EVENTS`: as before
])
def test_the_event_told_of_answers(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    assert fact in " ".join(reply.sentences)


def test_a_passage_below_that_tells_of_it_answers(tutor: Tutor) -> None:
    question = "Who invented the spinning frame?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    ranked = tutor.ranker.rank(asked)
    first = ranked[0]
    chosen = events.telling_event(tutor.ranker, asked, ranked)
    assert chosen is not None and chosen.doc.text.startswith("Jory Penhale")
    assert events.event_unsaid(asked, first.doc.text, tutor.ranker.library.words) or first is chosen


def test_other_questions_and_languages_are_left_alone(tutor: Tutor) -> None:
    why = "Why did Amos Penrose die?"
    asked = tutor.analyser.question(why, normalise(why))
    assert asked is not None
    assert not events.event_unsaid(asked, "Tamsin Orrel opened a school.", tutor.ranker.library.words)
