"""A question's verb of naming ("why were they called X?", "what were they dubbed?") is met by any phrase by which a
passage gives a name ("became known as X", "were nicknamed X", "is termed X"): `documents.NAMING_KEY`. English, on
notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

NOTES = """\
The old mill on the Kell was built of local brick in 1790.
Its carters became known as the Dusty Men because of the flour on their coats.
The weir below the mill held back the river for the wheel.

The miller's accounts were kept in a ledger at the town hall.
"""

TUTOR = tutor_on(NOTES, "The Kell mill")


@pytest.mark.parametrize(("question", "fact"), [
    ("Why were they called the Dusty Men?", "flour on their coats"),
    ("Who was called the Dusty Men?", "carters"),
    ("What were the carters called?", "Dusty Men"),
    ("What were the carters dubbed?", "Dusty Men"),
])
def test_a_verb_of_naming_is_met_by_a_name_given(question: str, fact: str) -> None:
    reply = TUTOR.ask(question)
    assert says(TUTOR, question, fact) and not reply.no_reason, reply.text


@pytest.mark.parametrize("question", [
    "Why was the weir called the Black Weir?",  # a name the text does not give
    "What was the ledger called?",  # a thing the text gives no name, in a paragraph that gives none
])
def test_a_name_the_text_does_not_give_is_declined(question: str) -> None:
    reply = TUTOR.ask(question)
    assert reply.kind == "decline" or reply.no_reason, reply.text
