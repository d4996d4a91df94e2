"""A function word that is the whole predicate of its clause ("the air was still") says what its subject is, as an
adjective does: a point worded so is not made by an answer that only names the subject ("there was some air"), and is
made by one that says it. Elsewhere the word stays a function word ("it was still cold", "over the city"). Invented
cards (`matching.Prepared.content`)."""

from __future__ import annotations

import pytest

from tests.cards import point_made

CASES = [
    ("the air was still", "the air was still", True),
    ("the air was still", "the air was still and cold", True),
    ("the air was still", "there was some air", False),
    ("the air was still", "the air was cold", False),
    ("the sea was still", "the sea was still", True),
    ("the sea was still", "there was a sea", False),
    # not the predicate: the word stays a function word
    ("it was still cold", "it was cold", True),
    ("the smoke hung over the city", "smoke hung above the city", True),
]


@pytest.mark.parametrize(("point", "given", "right"), CASES)
def test_a_function_word_as_the_predicate(point, given, right):
    assert point_made("What was the weather like?", point, given) is right
