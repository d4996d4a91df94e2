"""The top and the bottom of a thing said by a position's adjective and a word for a part (`lexicon_phrasal.SIDES`):
"the upper side", "its top half" make "the top"; "the lower side", "the underside" make "the bottom"; the two swapped
stay wrong. Cards on an invented subject (a loaded plank of a footbridge)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import explain

EN = Grader()

PLANK = explain("the top of the plank is squeezed", "the bottom of the plank is stretched", need=2,
                prompt="What happens to a loaded plank of the footbridge?")


@pytest.mark.parametrize(("given", "right"), [
    ("the upper side of the plank is squeezed and the lower side of the plank is stretched", True),
    ("its top half is squeezed and its underside is stretched", True),
    ("the upper surface is squeezed while the lower part is stretched", True),
    ("the top is squeezed and the bottom is stretched", True),
    ("the lower side is squeezed and the upper side is stretched", False),
    ("the underside is squeezed and the top half is stretched", False),
])
def test_a_side_said_by_its_position(given: str, right: bool) -> None:
    verdict = EN.grade(PLANK, given)
    assert verdict.correct is right, verdict.trace
