"""A movement said with a verb of motion and its word of direction is the one verb of that movement (issue #11,
`lexicon_phrasal.DIRECTED_PHRASAL`): "moving away" is "receding", "came closer" "approached", "moved forward"
"advanced", "went back" "returned"; either way round, the other direction and a denial stay wrong. Invented
subjects (a comet, a barge, a column of carts)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.grading import Grader
from tests.cards import explain

ROWS = [
    # the point says it with the verb and its direction, the answer with one verb, or the other way round
    ("the comet is moving away from the sun", "the comet is receding from the sun", True),
    ("the comet is receding from the sun", "the comet is moving away from the sun", True),
    ("the comet is moving away from the sun", "the comet is retreating from the sun", True),  # the verb's synonym
    ("the barge came closer to the lock", "the barge approached the lock", True),
    ("the barge approached the lock", "the barge got nearer to the lock", True),
    ("the barge approached the lock", "the barge drew closer to the lock", True),
    ("the column of carts moved forward", "the column of carts advanced", True),
    ("the column of carts advanced", "the column of carts went forwards", True),
    ("the carters went back to the ford", "the carters returned to the ford", True),
    ("the carters returned to the ford", "the carters went back to the ford", True),
    # the other direction, or denied
    ("the comet is moving away from the sun", "the comet is approaching the sun", False),
    ("the comet is moving away from the sun", "the comet is coming closer to the sun", False),
    ("the comet is receding from the sun", "the comet is not moving away from the sun", False),
    ("the barge approached the lock", "the barge moved away from the lock", False),
    ("the column of carts advanced", "the column of carts retreated", False),
    ("the carters returned to the ford", "the carters went away from the ford", False),
]


@pytest.mark.parametrize(("said", "given", "right"), ROWS)
def test_a_movement_said_with_its_direction_is_one_verb(said: str, given: str, right: bool) -> None:
    assert Grader().grade(explain(said, prompt="What happened next?"), given).correct is right


# (made before too: "drew closer", "got nearer" for "approached", "went forwards" for "advanced")
_PAIRS = [(said, given) for said, given, right in ROWS if right and not said.startswith("the barge approached")
          and "went forwards" not in given]


@pytest.mark.parametrize(("said", "given"), _PAIRS)
def test_without_the_movements_these_fail(said: str, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    table = {k: v for k, v in preparing.DIRECTED_PHRASAL.items()
             if not k.endswith((" away", " closer", " nearer", " forward", " forwards", " back"))}
    monkeypatch.setattr(preparing, "DIRECTED_PHRASAL", table)
    monkeypatch.setattr(preparing, "_DIRECTED", preparing.re.compile(
        r"\b(?:" + "|".join(sorted(table, key=len, reverse=True)) + r")\b"))
    assert not Grader().grade(explain(said, prompt="What happened next?"), given).correct
