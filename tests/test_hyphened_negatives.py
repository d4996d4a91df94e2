"""A word that holds a negation ("veto", "ban") joined by a hyphen to the word that names its kind ("a pocket-veto",
"a travel-ban") is the same term as written apart, not its negation's opposite; a prefix joined so ("anti-veto")
still makes another word."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card


def short(answer: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt="What is such a measure called?", answer=answer)


@pytest.mark.parametrize(("wording", "answer", "right"), [
    ("A pocket veto", "pocket-veto", True), ("A pocket veto", "a pocket-veto", True),
    ("a grazing ban", "a grazing-ban", True), ("a pocket veto", "a pocket vote", False),
    ("a veto", "an anti-veto", False),
])
def test_a_negative_word_joined_by_a_hyphen(wording, answer, right):
    assert Grader(language="en").grade(short(wording), answer).correct is right
