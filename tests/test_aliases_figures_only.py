"""A synonym or alias written as figures with a sign between them ("2/3", "1:48") is not matched word by word: it
took any figures in a row, so on a pack with `synonyms: [[две трети, 2/3]]` the order answer "1 2 3 4" read "1 67% 4"
("recognised 0 of 4 items", found by a blind author). The figures themselves are read as a fraction or a ratio
anyway. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

ORDER = Card(id="o", section="s", kind="order", prompt="Put them in order.", answer="",
             items=("the canal was dug", "the level fell", "the sea split", "the dam was built"))
SHARE = Card(id="n", section="s", kind="short", prompt="What share of the water was taken?", answer="two thirds")


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize(("card", "answer", "right"), [
    (ORDER, "1 2 3 4", True),
    (ORDER, "1, 2, 3, 4", True),
    (ORDER, "2 1 3 4", False),
    (SHARE, "2/3", True),
    (SHARE, "two thirds", True),
    (SHARE, "1/3", False),
])
def test_figures_of_a_synonym_are_no_words(language: str, card: Card, answer: str, right: bool) -> None:
    grader = Grader(language=language, synonyms=(("two thirds", "2/3"),))
    assert grader.grade(card, answer, shown=card.items or None).correct is right
