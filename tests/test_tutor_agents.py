"""A body that acts answers "who" (`tutor.agents`): a name the text writes, standing as the subject right before a
verb's inflected form ("The Harbour Board extended the toll") or after its passive "by" ("was run by the Carters'
Guild"), is the agent of that verb, a person or not. A question by that verb whose own names are not the agent is
answered; a word after a name that is no verb form ("a Verden cart"), a name that undergoes the act ("Verden was
flooded"), a name across a comma, or the question's own name, is no agent. A card seen lends its names to a question
leaning on it ("who extended it?"): they are not the learner's own. Shown on small texts written here (no pack's
subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Card, Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.agents import agents_of

NOTES = """\
Salt was carried from the coast to Verden on mules.
The Harbour Board extended the toll on salt carts in 1412.
The Salt Gazette printed the prices of salt every week.
The old salt road is run today by the Carters' Guild.
In 1420 Verden was flooded, and the salt stores were lost.
A Verden cart held about forty sacks of salt.
"""
CARD = Card(id="toll", section="s", kind="short", prompt="Until when did the Harbour Board extend the toll on salt "
            "carts?", answer="until 1412")
PACK = Pack(id="verden", title="Salt roads", cards=(CARD,), sections=(Section(id="s", title="Salt roads",
                                                                                notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def _agents(tutor: Tutor, start: str) -> set[str]:
    doc = next(d for d in tutor.docs if d.text.startswith(start))
    return {name for _, name in agents_of(doc.text, tutor.library.names, tutor.library.words).pairs}


@pytest.mark.parametrize(("question", "said"), [
    ("who extended the toll on salt carts?", "Harbour Board"),
    ("who printed the prices of salt?", "Salt Gazette"),
    ("who runs the old salt road today?", "Carters' Guild"),
])
def test_a_body_that_acts_answers_who(tutor: Tutor, question: str, said: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    assert said in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "who flooded Verden?",  # Verden undergoes the flood: no agent is said
    "who invented the salt cart?",
    "who carried the salt to Verden?",  # carried by mules, a passive with no name as its agent
    "who did the Harbour Board extend the toll for?",  # the question names the one that acts
])
def test_who_is_still_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


def test_no_agent_is_read_off_a_noun_or_a_passive_subject(tutor: Tutor) -> None:
    assert not _agents(tutor, "A Verden cart")  # "cart" is no verb form
    assert not _agents(tutor, "In 1420 Verden")  # "Verden was flooded": it undergoes the act
    assert _agents(tutor, "The Harbour Board") == {tutor.library.words.name_stem(w) for w in ("harbour", "board")}


def test_a_card_seen_lends_its_names(tutor: Tutor) -> None:
    reply = tutor.ask("who extended it?", about=CARD)
    assert reply.kind == "answer"
    assert "Harbour Board" in reply.sentences[0]
