"""English "how fast / how quickly" asks for a rate: a speed ("24 km/h"), and as well a rate of data ("300 bits per
second") or how often a thing recurs ("flashes every 5 seconds", "divide every 20 minutes"). A question about a
rate the text does not give is still declined. Invented texts (a harbour town), never a pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

TOWN = ("The town of Corvel lies on a rocky coast.\n"
        "Its market is held on Mondays.\n"
        "The lighthouse lamp flashes every 5 seconds.\n"
        "The harbour radio link sends data at 300 bits per second.\n"
        "The mussels on the pier can double in number every 3 weeks.\n"
        "The pilot boat reaches 40 km/h.\n"
        "The ferry to Dunmere is painted red and white.\n")


@pytest.fixture(scope="module")
def town():
    tutor = tutor_on(TOWN, "Corvel")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "fact"), [
    ("How fast does the lighthouse lamp flash?", "every 5 seconds"),  # how often it recurs
    ("How quickly can the mussels on the pier double in number?", "every 3 weeks"),
    ("How fast does the harbour radio link send data?", "300 bits per second"),  # a rate of data
    ("How fast is the pilot boat?", "40 km/h"),  # a speed, as before
])
def test_how_fast_is_met_by_a_rate(town, question: str, fact: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer", reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "How fast does the ferry to Dunmere travel?",  # the text gives no speed of the ferry
    "How fast does the market grow?",
    "How fast does a seagull fly?",  # nor names any seagull
])
def test_a_rate_the_text_does_not_give_is_declined(town, question: str) -> None:
    assert town.ask(question).kind == "decline"
