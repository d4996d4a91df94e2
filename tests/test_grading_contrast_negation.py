"""A question that sets one thing against another with "not" ("how did they know it was a comet and not a star?",
"почему это комета, а не звезда?") is not itself negated: an answer that negates the card's claim ("it had not moved")
still says the opposite, where a question negated in its own verb ("why did the town not grow?") lets an answer
repeat its negation. Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

COMET = short("the next night it had moved", "it moved",
              prompt="How did they know the spot was a comet and not a star?")
COMET_COMMA = short("the next night it had moved", prompt="How did they know it was a comet, not a star?")
TOWN = short("it had no harbour", prompt="Why did the town not grow?")
RU_COMET = short("на следующую ночь она сместилась", prompt="Как поняли, что это комета, а не звезда?")

ROWS = [
    (COMET, "it had not moved the next night", "en", False),
    (COMET, "it didn't move", "en", False),
    (COMET, "the next night it had moved", "en", True),
    (COMET, "it moved", "en", True),
    (COMET_COMMA, "the next night it had not moved", "en", False),
    (COMET_COMMA, "the next night it had moved", "en", True),
    (TOWN, "it had no harbour", "en", True),  # the question's own negation, repeated
    (RU_COMET, "на следующую ночь она не сместилась", "ru", False),
    (RU_COMET, "на следующую ночь она сместилась", "ru", True),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_a_contrast_in_the_question_negates_nothing(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
