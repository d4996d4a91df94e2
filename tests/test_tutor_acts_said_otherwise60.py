"""Round 60: a question says an act otherwise than the notes ("hurt" / "injured", "built" / "put up", "used for" /
"used in"): the lead's own pack, reproduced on invented notes. Each row: invented notes, a question, the fact a teacher
expects in the reply, or None when the notes do not answer it."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

TANK = ("In 1906 the Halden Company put up a huge steel tank beside the railway yard.\n\n"
        "On 12 February 1911 the tank burst and a wave of brine swept through the streets.\n\n"
        "The wave killed 16 people. About 90 were injured.\n\n"
        "The company claimed that anarchists had blown up the tank.\n\n"
        "A referee heard evidence for about two years. In 1916 he found the company to blame.\n\n"
        "The brine was also used in the making of soda.")
# the same kind of text, where a fight is put up
MILL = ("In 1906 the Orrin family put up a fight against the new railway.\n\n"
        "In 1916 the mill burned down.")

ENGLISH = [
    (TANK, "How many people were hurt?", "About 90"),
    (TANK, "When was the tank built?", "1906"),
    (TANK, "How long did the hearings last?", "two years"),
    (MILL, "When was the railway built?", None),
]


def _answers(notes: str, question: str, fact: str | None, language: str) -> bool:
    tutor = tutor_on(notes, "Notes", language=language)
    return tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)


@pytest.mark.parametrize(("notes", "question", "fact"), ENGLISH, ids=[f"{q}-{f}" for _, q, f in ENGLISH])
def test_english_acts_said_otherwise(notes, question, fact):
    assert _answers(notes, question, fact, "en")


def test_a_use_said_after_used_is_what_it_was_used_for():
    reply = tutor_on(TANK, "Notes").ask("What was the brine used for?")
    assert reply.kind == "answer" and "soda" in " ".join(reply.sentences) and not reply.no_reason
