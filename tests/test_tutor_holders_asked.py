"""'Who was the commander of X?' asks for the person holding a post, not what X is: a passage that tells of X and
names no one in that post does not answer it, one naming the holder does (`tutor.people_asked.holder_asked`). Shown on
notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from tests.notes import says, tutor_on

NOTES = """\
The Orrin telescope was carried into orbit on 12 March 1987 aboard the rocket Vela 2, on flight VX-14, from the \
Tarrow launch site.
The telescope's mirror was ground by the Hesketh works from a glass that hardly swells when warmed.
In 1962 the astronomer Ida Pell wrote that a telescope above the air would see far more sharply.
The chief engineer of the Hesketh works was Tobias Quell, who had ground lenses for lighthouses.
"""


@pytest.mark.parametrize("question", [
    "Who was the commander of the rocket Vela 2?",  # answered by the launch before
    "Who was the commander of flight VX-14 aboard the rocket Vela 2?",  # so
    "Who was the director of the works Hesketh?",  # so, by the mirror's sentence
    "Who was the commander of flight VX-14?",
])
def test_a_post_no_passage_names_is_declined(question):
    assert tutor_on(NOTES, "The Orrin telescope").ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Who was the chief engineer of the Hesketh works?", "Tobias Quell"),
    ("Who was the engineer of the Hesketh works?", "Tobias Quell"),
    ("Who was Ida Pell?", "Ida Pell"),  # no post asked: what the text says of her
    ("What was the Hesketh works?", "Hesketh works"),
])
def test_a_post_named_and_a_definition_are_answered(question, fact):
    assert says(tutor_on(NOTES, "The Orrin telescope"), question, fact)


@pytest.mark.parametrize(("question", "holder"), [
    ("who was the commander of the kestel expedition?", True),
    ("who is the chief engineer of the marl venture?", True),
    ("who's the commander of the marl venture?", True),
    ("who was the ship of the line?", False),  # no role before "of"
    ("who was tobias quell?", False),
    ("who were the officers of the marl venture?", False),  # a plural: the members (`people_asked`)
])
def test_holder_asked(question, holder):
    from studybot.core.tutor.people_asked import holder_asked
    tutor = tutor_on(NOTES, "The Orrin telescope")
    assert holder_asked(normalise(question), tutor.library.words) is holder
