"""A comparison whose two terms open with the same word ("germs in the air mattered less than germs on hands"): its
terms are told apart by the words that differ (`comparing.crossed`), so the same claim made the other way round
("germs on hands mattered more than germs in the air") is right and the terms swapped ("germs on hands mattered less
than germs in the air") wrong. Before, both terms were read by their first word, "germs", the order was never
seen, and the swapped claim was right while the claim turned round was wrong (a round-55 author's right example)."""

from __future__ import annotations

import pytest

from tests.cards import point_made

GERMS = "germs in the air mattered less than germs on hands"
FARMS = "farms in the valley were more productive than farms on the hills"


@pytest.mark.parametrize(("point", "answer", "made"), [
    (GERMS, "germs in the air mattered less than germs on hands", True),
    (GERMS, "germs on hands mattered more than germs in the air", True),  # the same claim the other way round
    (GERMS, "germs on hands mattered less than germs in the air", False),  # the terms swapped
    (GERMS, "germs in the air mattered more than germs on hands", False),  # the direction turned
    (FARMS, "farms on the hills were less productive than farms in the valley", True),
    (FARMS, "farms on the hills were more productive than farms in the valley", False),
    (FARMS, "farms in the valley were less productive than farms on the hills", False),
])
def test_terms_told_apart_by_the_words_that_differ(point: str, answer: str, made: bool) -> None:
    assert point_made("What did the study find?", point, answer) is made
