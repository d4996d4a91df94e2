"""A reply to "why" that shows a sentence going on from the one before it ("It stayed shut ...", "He ...") shows that
sentence too, as every other reply does: the pronoun stands for what it names, and it often tells the cause ("During the
long frost the ice closed the river. It stayed shut ..."). Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

VELL = ("The Vell river carried most of the town's grain to the coast.\n\n"
        "During the long frost of 1812 the ice closed the Vell from bank to bank. "
        "It stayed shut to boats for nine weeks. "
        "Twelve barges were trapped at the quay; their crews were called the Frost Crews because of the ice on their "
        "decks.\n\n"
        "The miller Tomas Brek ground wheat at Vell for forty years. "
        "In 1801 he moved the mill upstream, because the old weir kept flooding the yard.\n")


@pytest.fixture(scope="module")
def vell() -> Tutor:
    return tutor_on(VELL, "Vell", section_title="Vell")


@pytest.mark.parametrize(("question", "shown"), [
    ("why was the Vell shut in 1812?", ["the ice closed the Vell", "It stayed shut"]),  # the sentence "It" stands for
    ("why did Brek move the mill in 1801?", ["Tomas Brek", "because the old weir"]),  # ... and "he"
])
def test_a_reason_reply_shows_what_its_pronoun_stands_for(vell: Tutor, question: str, shown: list[str]) -> None:
    reply = vell.ask(question)
    assert reply.kind == "answer"
    said = " ".join(reply.sentences)
    assert all(part in said for part in shown)
