"""A point's word of going down made by its opposite said with "less" (`meaning.opposed`, issue #11): "weaker" is read
"less strong", and "less strong" is no contradiction of "weakened" (which the lexicon pairs with "strong" as its
opposite): "the rope got weaker" makes "the rope weakened". The other way, a denial and the opposite itself stay
wrong. Invented cards (a rope, a dye, a levee)."""

from __future__ import annotations

import pytest

from studybot.core import meaning
from studybot.core.grading import Grader, en_variants
from tests.cards import explain

ROWS = [
    ("the rope weakened", "the rope got weaker", True),
    ("the rope weakened", "the rope became less strong", True),
    ("salt water weakens the rope", "salt water makes the rope weaker", True),
    ("salt water weakens the rope", "the rope gets weaker in salt water", True),
    ("the rope weakened", "the rope got stronger", False),  # the other way
    ("the rope weakened", "the rope stayed strong", False),  # the opposite itself
    ("the rope weakened", "the rope did not get weaker", False),  # denied
    ("the rope weakened", "the rope got less weak", False),
    ("the rope strengthened", "the rope got weaker", False),
]


@pytest.mark.parametrize(("said", "given", "right"), ROWS)
def test_less_of_the_opposite_is_going_down(said: str, given: str, right: bool) -> None:
    assert Grader().grade(explain(said, prompt="What did the flood do?"), given).correct is right


@pytest.mark.parametrize(("said", "given"), [(s, g) for s, g, right in ROWS if right])
def test_without_the_rule_these_fail(said: str, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "_lessened_down", lambda point, got, j, opposites: False)
    # ("makes the rope weaker" is also read as "weakens" by `made_more`, a rule of its own: off here)
    monkeypatch.setattr(en_variants, "made_wordings", lambda wordings, got: ())
    assert not Grader().grade(explain(said, prompt="What did the flood do?"), given).correct
