"""A figure of things per unit of time ("12 crates a minute", "3 km a day", "90 ships per year") is a rate: it says
how often, and it says "how fast" or "how quickly" though the sentence has no word of speed ("the new crane lifts 12
crates a minute" answers "how fast is the new crane?"), as a temperature says "how hot". A count alone ("12 crates"),
or a rate of another thing, still answers no "how fast". Invented texts (a river port), never a pack's words.

Limits seen (not fixed): a rate of another thing in a sentence that names the thing asked about ("90 ships per year
called at the port before the railway came" for "how fast was the railway built?"), or of a thing of another kind
("the new crane" for "how fast is the old crane?": "old" is weighed light as a measure word), is taken as its rate.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

PORT = ("The river port of Hallin was founded by salt traders.\n"
        "Its harbour master in 1890 was Ada Venn.\n"
        "The new crane lifts about 12 crates a minute.\n"
        "The old crane, built of oak, still stands by the gate.\n"
        "Barges drift down to the sea at about 3 km a day in summer.\n"
        "About 90 ships per year called at the port before the railway came.\n"
        "The customs house has 12 windows.\n")


@pytest.fixture(scope="module")
def port():
    tutor = tutor_on(PORT, "Hallin")
    yield tutor
    tutor.close()


@pytest.mark.parametrize(("question", "fact"), [
    ("How fast is the new crane?", "12 crates a minute"),  # no word of speed in the sentence
    ("how quickly do barges drift", "3 km a day"),
    ("How often did ships call at the port?", "90 ships per year"),  # how often: a rate said with "per"
])
def test_a_figure_per_unit_of_time_is_a_rate(port, question: str, fact: str) -> None:
    reply = port.ask(question)
    assert reply.kind == "answer", reply.text
    assert fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "How fast is the customs house?",  # "12 windows" counts; it is no rate
    "How fast did the salt traders work?",  # the text gives no rate of theirs
    "How fast does a heron fly?",
])
def test_a_count_or_another_rate_answers_no_how_fast(port, question: str) -> None:
    assert port.ask(question).kind == "decline"
