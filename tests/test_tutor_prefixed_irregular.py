"""An irregular verb with a prefix is a form of its verb as the bare verb is ("retook": "retake", "underwent":
"undergo", "rebuilt": "rebuild"), so a question in the present meets notes in the past. Invented notes."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def castle():
    return tutor_on(
        "In 1412 Duke Arnulf retook the castle of Velden from the weavers.\n"
        "The castle underwent a long repair after the fire of 1530.\n"
        "The town rebuilt its walls in 1561 with stone from the quarry at Arn.", "The castle of Velden")


@pytest.mark.parametrize(("question", "fact"), [
    ("When did Arnulf retake the castle of Velden?", "1412"),
    ("When did the town rebuild its walls?", "1561"),
    ("When did the castle undergo a long repair?", "1530"),
])
def test_a_prefixed_form_meets_its_verb(castle, question: str, fact: str) -> None:
    assert says(castle, question, fact)
