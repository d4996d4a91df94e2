"""A quality lost is the one verb of its going down (issue #11, `lexicon_phrasal.DIRECTED_PHRASAL`): "the rope lost
its strength" is "the rope weakened", "lost speed" "slowed down", "lost height" "descended", "lost heat" "cooled";
a quality gained, or not lost, stays wrong. Invented cards (a rope, a cart, a kite, a pot of soup)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.grading import Grader
from tests.cards import explain

ROWS = [
    ("the rope weakened", "the rope lost its strength", True),
    ("salt water weakens the rope", "in salt water the rope loses its strength", True),
    ("the cart slowed down", "the cart lost speed", True),
    ("the cart slowed", "the cart lost much of its speed", True),
    ("the kite descended", "the kite lost height", True),
    ("the soup cooled", "the soup lost its heat to the air", True),
    ("the rope weakened", "the rope did not lose its strength", False),
    ("the cart slowed down", "the cart gained speed", False),
    ("the soup cooled", "the soup gained heat", False),
    ("the soup warmed", "the soup lost heat", False),
]


@pytest.mark.parametrize(("said", "given", "right"), ROWS)
def test_a_quality_lost_is_its_going_down(said: str, given: str, right: bool) -> None:
    assert Grader().grade(explain(said, prompt="What happened?"), given).correct is right


@pytest.mark.parametrize(("said", "given"), [(s, g) for s, g, right in ROWS if right])
def test_without_the_reading_these_fail(said: str, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    table = {k: v for k, v in preparing.DIRECTED_PHRASAL.items() if not k.startswith(("lose", "lost"))}
    monkeypatch.setattr(preparing, "DIRECTED_PHRASAL", table)
    monkeypatch.setattr(preparing, "_DIRECTED", preparing.re.compile(
        r"\b(?:" + "|".join(sorted(table, key=len, reverse=True)) + r")\b"))
    assert not Grader().grade(explain(said, prompt="What happened?"), given).correct
