"""Two things the same in some respect said as no difference between them (`grading.sameness`): "there is no real
difference in height between the two lakes", "hardly any difference in height", "little difference in height" make
"the two lakes are at almost the same height"; "a big difference in height" and "different heights" do not.
Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made

LAKES = "the two lakes are at almost the same height"


@pytest.mark.parametrize(("answer", "made"), [
    ("there is no real difference in height between the two lakes", True),
    ("there is hardly any difference in height between the two lakes", True),
    ("there is little difference in height between the two lakes", True),
    ("there is a big difference in height between the two lakes", False),
    ("the two lakes are at very different heights", False),
    ("there is no difference in depth between the two lakes", False),
])
def test_no_difference_for_the_same(answer: str, made: bool) -> None:
    assert point_made("Why is no dam needed between the lakes?", LAKES, answer) is made
