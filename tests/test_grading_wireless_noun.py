"""(issue #11) "-less" is read as "without" ("a wingless beetle": without wings), but not in the noun "wireless", the
radio: "the operator used the wireless to call the lifeboat" says the call, and denies nothing of it
(`phrases._without`). Other "-less" words still say "without". An invented card on a lighthouse."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.phrases import rewrite_phrases
from tests.cards import explain

CALL = explain("the keeper called the lifeboat", "he fired flares", need=2, prompt="How did the keeper get help?")


@pytest.mark.parametrize(("answer", "right"), [
    ("he fired flares and used the wireless to call the lifeboat", True),
    ("he fired flares and called the lifeboat by wireless", True),
    ("he fired flares and used the wireless, but never called the lifeboat", False),  # denied as said
    ("he fired flares", False),
])
def test_the_wireless_is_a_radio(answer, right):
    assert Grader().grade(CALL, answer).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("they used the wireless", "they used the wireless"),
    ("a wingless beetle", "a without wing beetle"),
    ("a colourless gas", "a without colour gas"),
])
def test_less_read_as_without(text, read):
    assert rewrite_phrases(text, language("en")) == read
