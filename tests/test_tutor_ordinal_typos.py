""""When was the frist bridge built?": an English ordinal a passage writes is read as its figure ("first": 1), so no
passage's words hold it, and a misspelt one found no word to be corrected to; the language's ordinal words are now
among the words a misspelling is corrected to ("frist": "first", "secnod": "second"), and the question is answered as
if typed right. Invented notes."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

BRIDGES = tutor_on("The first bridge over the Vell was built of oak in 1204.\n\n"
                   "The second bridge over the Vell was built of stone in 1350.\n\n"
                   "The third bridge over the Vell was built of iron in 1890.", "Bridges of the Vell")


@pytest.mark.parametrize(("question", "fact"), [
    ("when was the frist bridge over the Vell built?", "1204"),
    ("what was the secnod bridge built of?", "stone"),
    ("when was the thrid bridge over the vell built", "1890"),
    ("when was the first bridge over the Vell built?", "1204"),  # typed right: as before
])
def test_misspelt_ordinal_is_corrected(question, fact):
    assert says(BRIDGES, question, fact)
