""""Halve" is a verb wherever it stands (`comparisons._factor_verb`): "double" or "triple" opening an answer before a
noun may be an adjective ("triple bond", "double helix"), but "halve journey times" halves them, so the keypoint
"halve journey times" (or an `accept` of it) is made by "it would halve journey times" as by the bare wording, and
its opposite, "double", still fails it. (A round-55 author's right example failed: the point was read as a word
before a noun, the answer as "decrease 2 times".)"""

from __future__ import annotations

import pytest

from tests.cards import point_made


@pytest.mark.parametrize(("point", "accept", "answer", "made"), [
    ("halve journey times", (), "it would halve journey times", True),
    ("halve journey times", (), "it halves journey times", True),
    ("halve journey times", (), "to halve journey times", True),
    ("halve journey times", (), "halve journey times", True),
    ("halve journey times", (), "it would double journey times", False),
    ("halve journey times", (), "it would not halve journey times", False),
    ("cut journey times in half", ("halve journey times",), "it would halve journey times", True),
    ("cut journey times in half", ("halve journey times",), "halving journey times", True),
    ("cut journey times in half", ("halve journey times",), "it would double journey times", False),
    # the adjectives still stand: "double" before a noun at the start is a kind, not a doubling
    ("a double helix", (), "a double helix", True),
    ("a double helix", (), "a single helix", False),
])
def test_halve_is_a_verb_wherever_it_stands(point: str, accept: tuple[str, ...], answer: str, made: bool) -> None:
    assert point_made("What did the new engine promise?", point, answer, accept=accept) is made
