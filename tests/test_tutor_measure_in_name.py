"""A measure word asked for ("how old", "how long", "how high") is not said by the same word inside a name ("the Old
Tarsan text", "the Long Bridge", "High Street"): such a word names a thing there and gives no age, length or height.
A passage that writes it only inside a name neither covers the question's measure word (`named_words.only_named`)
nor supplies the measure by it (`supplying.supplies`: a figure "with the word asked by", "two" beside "Old"); with a
figure of that measure it still answers. Invented notes, of no pack.
"""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
The Harl Stone is a slab of grey granite carved with one decree in three scripts.
The decree was issued at Tarsa in 312 on behalf of King Orlen IV.
The young king had been crowned in the temple of Tarsa in 311.
Scholars could read the Old Tarsan text at once, and it gave them the key to the other two scripts.
The stone was carried across the Long Bridge of Tarsa by eight oxen.
The bridge keepers of High Street counted four hundred carts that day."""

AGES = NOTES + "\nThe stone itself is about 2,200 years old.\nThe Long Bridge is 300 metres long."


@pytest.fixture(scope="module")
def unsaid():
    return tutor_on(NOTES, "The Harl Stone")


@pytest.fixture(scope="module")
def said():
    return tutor_on(AGES, "The Harl Stone")


@pytest.mark.parametrize("question", [
    "how old was the king?",  # "the Old Tarsan text ... two scripts" gives no age
    "How long is the Long Bridge?",  # "the Long Bridge ... eight oxen": no length
    "how high is High Street?",
])
def test_a_measure_word_inside_a_name_gives_no_measure(unsaid, question):
    reply = unsaid.ask(question)
    assert reply.kind == "decline", reply.text


@pytest.mark.parametrize(("question", "fact"), [
    ("how old is the stone?", "2,200 years"),
    ("How long is the Long Bridge?", "300 metres"),
    ("Who could read the Old Tarsan text?", "Scholars"),  # the name itself still means the name
])
def test_a_figure_of_the_measure_still_answers(said, question, fact):
    reply = said.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text
