"""Who did a thing named after a person (`agents`, `acted_nouns`, `doers_en`): "who discovered the Brenner effect?" is
answered by "The effect is named after Karl Brenner, who described it in 1842", which names the one the thing is
named after, not by a sentence sharing the verb about another thing of that name ("Doctors use Brenner ultrasound
..., a method discovered to be safe"). Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.agents import agents_of
from tests.notes import says, tutor_on

NOTES = """\
The Brenner effect is a change in the pitch of a sound whose source moves.
The effect is named after Karl Brenner, who described it in 1842.
Brenner tested his idea in 1845 with a train carrying trumpeters near Utrecht.
The musicians played one note while the train passed listeners standing beside the track.
Doctors use Brenner ultrasound to measure the speed of blood in arteries, a method discovered to be safe in 1953.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Sound and motion")


@pytest.mark.parametrize("question", ["Who discovered the Brenner effect?", "who found the Brenner effect"])
def test_the_one_a_thing_is_named_after_answers_who(tutor: Tutor, question: str) -> None:
    assert says(tutor, question, "named after Karl Brenner")
    assert "ultrasound" not in " ".join(tutor.ask(question).sentences)


@pytest.mark.parametrize(("text", "thing", "person"), [
    ("The effect is named after Karl Brenner, who described it in 1842.", "effect", "karl"),
    ("The musicians named their band after nobody.", None, None),  # "named" with no "after" a person next to it
])
def test_the_thing_and_the_person(tutor: Tutor, text: str, thing: str | None, person: str | None) -> None:
    pairs = agents_of(text, tutor.library.names, tutor.library.words).pairs
    if thing is None:
        assert not any(name == "karl" for _, name in pairs)
    else:
        assert (thing, person) in pairs
