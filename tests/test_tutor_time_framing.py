"""English idioms by which a question frames its time ("in the first place", "back then") name nothing the text is
about: "who built the harbour wall in the first place?" asks who built it, not about a place or a first one.
The question is answered as it would be without them, and one about what the text does not say is still
declined. Invented texts (a harbour town), never a pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

TOWN = ("The town of Corvel lies on a rocky coast.\n"
        "Its market is held on Mondays in the square by the church.\n"
        "The harbour wall was built by the monks of Saint Orran.\n"
        "The harbour wall is 300 metres long.\n"
        "Storms broke the harbour wall twice.\n"
        "The first place a ship reaches is the outer quay.\n"  # "first" and "place" are words of this text too
        "In the old charters, a staith meant a landing stage for coal.\n"
        "The lighthouse keeper lives in a cottage on the headland.\n"
        "The fishing fleet has 40 boats, which come back at dusk.\n"
        "The ferry to Dunmere is painted red and white.\n"
        "Lace from Corvel is sold in three counties.\n")


@pytest.fixture(scope="module")
def town():
    tutor = tutor_on(TOWN, "Corvel")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "fact"), [
    ("Who built the harbour wall in the first place?", "monks of Saint Orran"),
])
def test_a_framing_idiom_is_read_as_nothing(town, question: str, fact: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer", reply.text
    assert fact in " ".join(reply.sentences), reply.text


def test_back_then_brings_in_no_sentence_about_coming_back(town) -> None:
    reply = town.ask("What did a staith mean back then?")
    assert reply.kind == "answer", reply.text
    assert reply.sentences == ("In the old charters, a staith meant a landing stage for coal.",), reply.text


@pytest.mark.parametrize("question", [
    "Who built the lighthouse in the first place?",  # the text does not say who built the lighthouse
    "What did a wharf cost back then?",
])
def test_what_the_text_does_not_say_is_still_declined(town, question: str) -> None:
    assert town.ask(question).kind == "decline"
