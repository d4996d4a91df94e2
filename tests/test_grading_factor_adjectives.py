""""double", "triple", "quadruple" after an article, or opening an answer before a noun, is an adjective ("a triple
bond", "the double helix", "triple bond"), not a change by a factor: a slip of it is a slip ("a tripple bond"), and
another factor is another thing ("a double bond"); the verb is still a factor ("output tripled" = "rose threefold").
Invented subjects (`comparisons._factor_verb`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

CASES = [
    ("a triple bond", "a tripple bond", True),
    ("a triple bond", "tripple bond", True),
    ("a triple bond", "triple bond", True),
    ("the double helix", "the double helix", True),
    ("a triple bond", "a double bond", False),
    ("triple bond", "double bond", False),
    ("a double helix", "a triple helix", False),
    ("output tripled", "the output tripled", True),
    ("output tripled", "output rose threefold", True),
    ("output tripled", "output increased 3 times", True),
    ("output tripled", "output doubled", False),
]


@pytest.mark.parametrize(("answer", "given", "right"), CASES)
def test_factor_words_as_adjectives(answer: str, given: str, right: bool) -> None:
    card = Card(id="c", section="s", kind="short", prompt="What is it?", answer=answer)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=answer),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, given).correct is right
