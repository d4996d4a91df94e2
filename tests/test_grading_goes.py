"""English "goes" is a form of "go" (Snowball stems "goes" "goe", apart from "go"; "undergoes" it stems right):
`lexicon.IRREGULAR_FORMS`, read by the grader's stems. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

FERRY = explain("the ferry does not go past the reef", prompt="Why do visitors walk to the lighthouse?")
ORE = explain("the ore must undergo roasting first", prompt="What happens to the ore at the smelter?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (FERRY, "the ferry never goes past the reef", True),
    (FERRY, "the ferry doesn't go past the reef", True),
    (FERRY, "the ferry goes past the reef", False),  # the negation left out
    (FERRY, "the ferry never goes past the harbour", False),
    (ORE, "the ore first undergoes roasting", True),
    (ORE, "the ore first undergoes washing", False),
])
def test_goes_is_a_form_of_go(card, answer, right):
    assert Grader().grade(card, answer).correct is right
