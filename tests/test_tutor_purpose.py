"""English "what is X for?" asks what X is for: a purpose, answered like a "why" (a reason or a purpose the
text gives: "so that", "to warn"), not by the sentence saying what X is. A verb's own "for" ("what was the
miller blamed for?", "what is Corvel known for?") asks for its object, not for a purpose. Invented texts (a
harbour town), never a pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

TOWN = ("The town of Corvel lies on a rocky coast.\n"
        "Its market is held on Mondays.\n"
        "The bell tower is the oldest building in Corvel.\n"
        "The Harlow mill race is a stone channel beside the river.\n"
        "The mill race was dug so that the wheel could turn in dry summers.\n"
        "The beacon is an iron basket on the headland.\n"
        "The beacon was built to warn ships off the rocks.\n"
        "The miller was blamed for the flood of 1841.\n"
        "Corvel is known for its lace.\n")


@pytest.fixture(scope="module")
def town():
    tutor = tutor_on(TOWN, "Corvel")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "fact"), [
    ("What was the mill race for?", "dry summers"),
    ("What is the mill race for?", "dry summers"),
    ("What was the beacon used for?", "warn ships"),
    ("What was the beacon intended for?", "warn ships"),
])
def test_what_x_is_for_is_answered_by_its_purpose(town, question: str, fact: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("question", "fact"), [
    ("What was the miller blamed for?", "flood of 1841"),  # "blamed for": the verb's own "for"
    ("What is Corvel known for?", "lace"),
])
def test_a_verbs_own_for_asks_for_its_object(town, question: str, fact: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer" and not reply.no_reason, reply.text
    assert fact in " ".join(reply.sentences), reply.text


def test_a_purpose_the_text_does_not_give_is_said_to_be_missing(town) -> None:
    reply = town.ask("What was the bell tower for?")
    assert reply.kind == "answer" and reply.no_reason, reply.text
    assert "oldest building" in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "What was the lighthouse for?",  # the text names no lighthouse
    "What is a windmill used for?",
])
def test_a_thing_the_text_does_not_name_is_still_declined(town, question: str) -> None:
    assert town.ask(question).kind == "decline"
