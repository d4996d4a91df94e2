"""English: a word by which the learner judges what the text says ("what was wrong with X?", "is X dangerous?",
"why is X better than Y?") is seldom the text's own word: the text says the fact ("X was slow", "X is flammable").
Such a word frames the question and weighs as a light word. A question about a thing the text does not name, or
whose other words it does not say, is still declined. Invented texts (a harbour town), never a pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

TOWN = ("The town of Corvel lies on a rocky coast.\n"
        "Its market is held on Mondays in the square by the church.\n"
        "The old ferry was slow: the crossing to Dunmere took three hours.\n"
        "A new ferry replaced it in 1960.\n"
        "Marsh gas from the flats is flammable, so lamps are banned there.\n"
        "The quay was rebuilt in granite, because sandstone crumbles in salt water.\n"
        "Lace from Corvel is sold in three counties.\n"
        "The lighthouse stands on the headland.\n")


@pytest.fixture(scope="module")
def town():
    tutor = tutor_on(TOWN, "Corvel")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "fact"), [
    ("What was wrong with the old ferry?", "was slow"),
    ("Is marsh gas dangerous?", "flammable"),
    ("Why is granite better than sandstone for the quay?", "crumbles"),
])
def test_an_evaluation_is_met_by_the_fact(town, question: str, fact: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "What is the best restaurant in Corvel?",  # no restaurant in the text
    "Is the lace dangerous?",
    "Is the lighthouse useful?",
    "Why is the lighthouse good?",
    pytest.param("What is bad about the market?", marks=pytest.mark.xfail(
        strict=True, reason="a light word left alone: any sentence about the market covers the question")),
])
def test_what_the_text_does_not_judge_is_declined(town, question: str) -> None:
    assert town.ask(question).kind == "decline"
