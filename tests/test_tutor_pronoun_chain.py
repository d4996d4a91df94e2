"""A person named two sentences back and followed by a chain of pronouns ("The chemist Orla Venn ... She moved ...
There she invented ...") is who the last sentence is about: "what did Orla Venn invent?" is answered by it, as by a
sentence right after her name. A sentence opening with a pronoun after another person's name is not hers, and what
the text does not tell is still declined. Invented texts (a chemist), never a pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

CHEMIST = ("The chemist Orla Venn studied salts in Hamburg.\n"
           "She moved to Leiden in 1901.\n"
           "There she invented a glass filter for strong acids.\n"
           "Her rival Piet Dorn built a furnace in Delft.\n"
           "He later sold it to a brewery.\n")


@pytest.fixture(scope="module")
def chemist():
    tutor = tutor_on(CHEMIST, "Venn", section_title="A chemist's life")
    yield tutor
    tutor.close()


@pytest.mark.parametrize("question", ["What did Orla Venn invent?", "what did venn invent"])
def test_the_person_of_a_chain_of_pronouns(chemist, question: str) -> None:
    assert says(chemist, question, "glass filter")


@pytest.mark.parametrize("question", [
    "What did Orla Venn sell?",  # "He later sold it": Dorn's, not hers
    "What did Orla Venn write?",
])
def test_what_the_text_does_not_tell_of_her_is_declined(chemist, question: str) -> None:
    assert chemist.ask(question).kind == "decline"
