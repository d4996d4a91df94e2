"""General English the tutor reads in a question as the notes say it (round 52): a commander is the one in charge
("who was in charge of X?": "X's commander was Y"); what a body contributes is what it supplies or provides. Words of
English only (`lexicon_paraphrase.TUTOR_GROUPS`); invented notes.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def harbour() -> Tutor:
    return tutor_on(
        "The Harbour Guild of Tarrow ran the port for two centuries.\n\n"
        "The masters of the guild met in the old customs house on quiet evenings and kept their own books.\n\n"
        "A fire broke out in the rope sheds in 1788. That night the watchmen rang the bell of St Brannoc.\n\n"
        "The Tarrow expedition sailed north in 1791. Its commander was Captain Ezra Pell, and Ida Roe was the "
        "ship's surgeon.\n\n"
        "The Weavers' Company joined the new pier as a partner: it supplied the oak piles and paid for a third of "
        "the work.\n\n"
        "The pier was finished in 1795.", "The port of Tarrow")


@pytest.mark.parametrize(("question", "fact"), [
    ("who was in charge of the Tarrow expedition?", "Ezra Pell"),
    ("What did the Weavers' Company contribute?", "oak piles"),
])
def test_said_otherwise_answers(harbour: Tutor, question: str, fact: str) -> None:
    assert says(harbour, question, fact)


@pytest.mark.parametrize("question", [
    "When did the Weavers' Company join the pier?",  # no time of it is said
    "who was in charge of the rope sheds?",  # nobody is said to be
])
def test_what_is_not_said_is_declined(harbour: Tutor, question: str) -> None:
    assert harbour.ask(question).kind == "decline"
