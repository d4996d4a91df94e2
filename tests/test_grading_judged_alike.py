"""English adjectives (and adverbs) of one judgement that WordNet's frequent senses keep apart are one word to the
grader (`meaning._ALIKE_GROUPS`): "bad" for a point's "poor" (of quality: "bad drainage" / "poor drainage"), "more
fiercely", "more intensely" for "more vigorously", "giant" for "big"; their opposites, and the other degree, stay
wrong. Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made

FIELDS = ("Why did the barley of Hesk fail?", "poor drainage of the fields")
LAMP = ("What did Tessel see when the jar was filled with the new gas?", "the wick burned more vigorously")
YARD = ("Why did the Orm yard need a new slipway?", "it had to build big hulls")


@pytest.mark.parametrize(("card", "given", "right"), [
    (FIELDS, "poor drainage of the fields", True),
    (FIELDS, "bad drainage of the fields", True),
    (FIELDS, "the fields had bad drainage", True),
    (FIELDS, "good drainage of the fields", False),
    (LAMP, "the wick burned more fiercely", True),
    (LAMP, "the wick burned more intensely", True),
    (LAMP, "the wick burned less fiercely", False),
    (LAMP, "the wick burned more weakly", False),
    (YARD, "it had to build giant hulls", True),
    (YARD, "it had to build enormous hulls", True),
    (YARD, "it had to build small hulls", False),
])
def test_one_judgement_said_by_another_word(card: tuple[str, str], given: str, right: bool) -> None:
    assert point_made(*card, given) is right
