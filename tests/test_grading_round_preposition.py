""""round" as a preposition is "around" (British and US spelling of one word): "they sailed round the cape" answers
"they sailed around the cape" and the other way. The noun, the adjective and the verb stay ("a round of talks", "to
round the figure"), and another preposition stays wrong. Invented cards (a ship, a comet)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.phrases import rewrite_phrases
from tests import cards

EN = Grader()


@pytest.mark.parametrize(("answer", "typed", "right"), [
    ("they were the first to sail round the cape", "they were the first to sail around the cape", True),
    ("the first ship to sail around the cape", "the first ship to sail round the cape", True),
    ("the comet passed round the sun", "the comet passed around the sun", True),
    ("the comet passed round the sun", "the comet passed behind the sun", False),
])
def test_round(answer: str, typed: str, right: bool) -> None:
    assert EN.grade(cards.short(answer, prompt="What did the crew do?"), typed).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("they sailed round the cape", "they sailed around the cape"),
    ("to round the figure", "to round the figure"),
    ("the second round of talks", "the second round of talks"),
    ("a round table", "a round table"),
])
def test_reading(text: str, read: str) -> None:
    assert rewrite_phrases(text, language("en")) == read
