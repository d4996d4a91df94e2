"""English nouns whose plural the stemmer does not join to the singular ("person" / "people", "child" /
"children", "man" / "men"): one noun in either number, as "a cell" and "cells" are. A fair teacher takes "people
who stayed were fed" for "a person who stayed was fed". Cards on invented subjects; then the traps: another noun
("women" for "men", "mice" for "geese") stays wrong."""

from __future__ import annotations

import pytest

from tests.cards import point_made

ROWS = [
    ("Why did the dam hold?", "a person who stayed was fed by it", "people who stayed were fed by it", True),
    ("Why did the dam hold?", "people who stayed were fed by it", "a person who stayed was fed by it", True),
    ("Why was the ford famous?", "a child who swam it was praised", "children who swam it were praised", True),
    ("Why did the militia grow?", "a man who served was paid in land", "men who served were paid in land", True),
    ("Why did the militia grow?", "women who served were paid in land", "a woman who served was paid in land", True),
    ("Why was the cart slow?", "the oxen pulling it were old", "the ox pulling it was old", True),
    ("Why did the barn empty?", "a goose in the barn fell ill", "the geese in the barn fell ill", True),
    ("Why did the grain spoil?", "the mice got into the loft", "a mouse got into the loft", True),
    # another noun stays another noun
    ("Why did the militia grow?", "a man who served was paid in land", "women who served were paid in land", False),
    ("Why did the militia grow?", "a woman who served was paid in land", "men who served were paid in land", False),
    ("Why did the barn empty?", "a goose in the barn fell ill", "the mice in the barn fell ill", False),
    ("Why was the ford famous?", "a child who swam the ford was praised", "adults who swam the ford were praised",
     False),
]


@pytest.mark.parametrize(("prompt", "point", "given", "made"), ROWS)
def test_irregular_plurals(prompt: str, point: str, given: str, made: bool) -> None:
    assert point_made(prompt, point, given) is made
