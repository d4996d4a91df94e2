"""A choice answered with an option's words but its first or last word replaced by a word no option has ("grey leaf
fungus", "white leaf blight" for "grey leaf blight"): another thing, no option (`grading.options.word_replaced`). A
slip of the word ("gray", "bligt"), its plural, a synonym, a pro-form ("the northern one") or a word left out stays
that option. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

GRADER = Grader()


def choice(answer: str, *options: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt="Which one?", answer=answer, options=options)


BLIGHT = choice("grey leaf blight", "grey leaf blight", "black root rot", "stem rust", "downy mildew")
PUMP = choice("a steam pump", "a steam pump", "a water wheel", "a windmill")


@pytest.mark.parametrize(("card", "given", "right"), [
    (BLIGHT, "grey leaf blight", True),
    (BLIGHT, "the grey leaf blight", True),
    (BLIGHT, "grey leaf blights", True),
    (BLIGHT, "gray leaf blight", True),  # a spelling of the word
    (BLIGHT, "grey leaf bligt", True),  # a slip
    (BLIGHT, "grey leaf", True),  # a word left out
    (BLIGHT, "a", True),
    (BLIGHT, "grey leaf fungus", False),  # the last word replaced
    (BLIGHT, "grey leaf disease", False),
    (BLIGHT, "white leaf blight", False),  # the first word replaced
    (PUMP, "a steam pump", True),
    (PUMP, "the steam one", True),  # a pro-form for the noun
    (PUMP, "a steam engine", False),
    (PUMP, "a hand pump", False),
])
def test_an_option_with_its_first_or_last_word_replaced(card, given, right):
    assert GRADER.grade(card, given).correct is right
