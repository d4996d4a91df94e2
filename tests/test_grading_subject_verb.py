"""A point "the SUBJECT VERBED ..." whose predicate is a main verb in the past ("the clay core cracked in the frost")
made by its predicate with the subject said by a pronoun or not at all ("it cracked in the frost", "because it
cracked in the frost"), as a point with a copula is (`grading.subject_said`); not with another subject in its place,
a thing named before the pronoun that it may stand for, or the verb alone. Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made

DAM = ("Why did the Orrin dam fail?", "the clay core cracked in the frost")
SLUICE = ("Why did the sluice stop working?", "the wooden gate swelled in the rain")

ROWS = [
    (DAM, "it cracked in the frost", True),
    (DAM, "because it cracked in the frost", True),
    (DAM, "cracked in the frost", True),
    (SLUICE, "it swelled in the rain", True),
    (DAM, "the stone wall cracked in the frost", False),
    (DAM, "the wall was weak, and it cracked in the frost", False),
    (DAM, "it did not crack in the frost", False),
    (SLUICE, "the iron bolts swelled in the rain", False),
]


@pytest.mark.parametrize(("case", "answer", "right"), ROWS)
def test_a_pronoun_for_the_subject_of_a_main_verb(case, answer, right):
    prompt, point = case
    assert point_made(prompt, point, answer) is right
