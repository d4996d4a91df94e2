"""A verb of making a measured quality more or less ("widened", "deepened", "shortened", "narrowed") said with "made"
and a comparative: of its own adjective it makes the point ("they made the canal deeper" for "the engineers deepened
the canal", `grading.made_more`), of the opposite one it fails ("the council made the road narrower" for "the council
widened the road", `degree_flips`). Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made


@pytest.mark.parametrize(("point", "answer", "made"), [
    # a verb of making a quality more or less said by the comparative of the opposite adjective
    ("the council widened the road", "the council made the road wider", True),
    ("the council widened the road", "they made the road broader", True),
    ("the council widened the road", "the council made the road narrower", False),
    ("the council widened the road", "they made the road narrower", False),
    ("the engineers deepened the canal", "they made the canal deeper", True),
    ("the engineers deepened the canal", "the engineers made the canal deeper", True),
    ("they narrowed the road", "they made the road narrower", True),
    ("they narrowed the road", "they made the road wider", False),
    ("the engineers deepened the canal", "they made the canal shallower", False),
    ("the frost weakened the bridge", "the frost made the bridge weaker", True),
    ("the frost weakened the bridge", "the frost made the bridge stronger", False),
    ("the guild shortened the working day", "the guild made the working day shorter", True),
    ("the guild shortened the working day", "the guild made the working day longer", False),
])
def test_a_verb_of_more_said_with_less(point: str, answer: str, made: bool) -> None:
    assert point_made("What did they do?", point, answer) is made
