"""A question about what a named body or country did ("when did the Marlow Board ban coal fires?") is not answered by a
sentence telling that another did the same ("The Arrow Council banned coal fires ... in 1902"): its date is the
other's (`tutor.names_unsaid`). The tutor declines then, unless another passage says the name asked. Invented notes,
of no pack (whose words "board", "council" are common ones too: a name of such words is no person's)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The Arrow Council banned coal fires in the houses of the town in 1902, and the council paid for gas stoves.
The Marlow Board ran the harbour of Marlow, and the board also kept its lighthouse.
The Marlow Board bought a steam dredger for the harbour.
The Tarn Works made copper kettles and sold them in Marlow.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Two towns")


@pytest.mark.parametrize("question", [
    "When did the Marlow Board ban coal fires?",  # the Arrow Council did: another doer
    "When did the Tarn Works ban coal fires in the houses?",
])
def test_the_same_doing_of_another_body_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("When did the Arrow Council ban coal fires?", "1902"),  # the body asked
    ("What did the Marlow Board buy?", "steam dredger"),
    ("What did the Arrow Council ban?", "coal fires"),
    ("What did the Tarn Works make?", "copper kettles"),
])
def test_the_body_asked_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)
