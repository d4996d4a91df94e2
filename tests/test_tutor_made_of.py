"""English "what is X made of?" (read as "consist of", `lexicon_composition`) asks for a material, which a text says
as often by a noun before X ("granite steps", "a teak deck") as by "made of": the verb frames the question and
weighs as a light word, so a sentence naming X with its material answers. A thing whose material the text does
not give is still declined. Invented texts (a harbour town), never a pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

TOWN = ("The town of Corvel lies on a rocky coast.\n"
        "Its market is held on Mondays in the square by the church.\n"
        "The harbour wall is 300 metres long and faces the open sea.\n"
        "The quay has granite steps and iron mooring rings.\n"
        "The steps were worn smooth by fishermen's boots.\n"
        "The old ferry had brass fittings and a teak deck.\n"
        "The ferry sank in 1911 off Dunmere.\n"
        "The lighthouse stands on the headland.\n"
        "The lighthouse keeper lives in a cottage.\n"
        "Lace from Corvel is sold in three counties.\n")


@pytest.fixture(scope="module")
def town():
    tutor = tutor_on(TOWN, "Corvel")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "fact"), [
    ("What are the steps of the quay made of?", "granite steps"),
    ("What was the deck of the ferry made of?", "teak deck"),
    ("What were the fittings of the old ferry made of?", "brass fittings"),
])
def test_a_material_before_the_noun_answers_made_of(town, question: str, fact: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "What is the lighthouse made of?",  # the text says where it stands, not what it is made of
    "What is the church built of?",
    "What does the lace consist of?",
])
def test_a_material_the_text_does_not_give_is_declined(town, question: str) -> None:
    assert town.ask(question).kind == "decline"
