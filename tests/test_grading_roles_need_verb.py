"""English: two capitalised words of a short wording are read as one name acting on another ("Caesar defeated
Pompey") only with a verb between them. A compound modifier whose first part is capitalised because it opens the
wording ("Frost-resistant Kellania borealis") has no act in it, so the answer that says the modifier after its noun
("Kellania borealis that is resistant to frost") reverses no roles; another first part, another adjective or another
name still fails, and two names with a verb between them still have their roles checked
(`grading.word_order.verb_between`). Invented names."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

SPRUCE = short("Frost-resistant Kellania borealis", prompt="Which tree did the nursery plant on the ridge?")
BATTLE = short("Ardwin defeated Morcant", prompt="How did the battle at the ford end?")

ROWS = [
    (SPRUCE, "Kellania borealis that is resistant to frost", True),
    (SPRUCE, "Kellania borealis resistant to frost", True),
    (SPRUCE, "frost-resistant Kellania borealis", True),
    (SPRUCE, "Kellania borealis resistant to heat", False),  # another first part
    (SPRUCE, "Kellania borealis sensitive to frost", False),  # another adjective
    (SPRUCE, "Kellania australis resistant to frost", False),  # another name
    (BATTLE, "Ardwin defeated Morcant", True),
    (BATTLE, "Morcant was defeated by Ardwin", True),
    (BATTLE, "Morcant defeated Ardwin", False),  # the roles reversed, a verb between the names
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_roles_are_read_only_across_a_verb(card, answer, right):
    assert Grader().grade(card, answer).correct is right
