"""Scarcity said as an idiom: "hard to find", "hard to come by", "difficult to find" are "scarce" (as "in short
supply" is); said negated or as "easy to find" they are not. Invented subjects (`lexicon.PHRASES`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import one_point

SALT = one_point("salt was scarce in the hill villages", "Why did salt cost so much in the hills?")

ROWS = [
    ("salt was hard to find in the hill villages", True),
    ("in the hill villages salt was hard to come by", True),
    ("salt was difficult to find in the hill villages", True),
    ("salt was in short supply in the hill villages", True),
    ("salt was not hard to find in the hill villages", False),
    ("salt was easy to find in the hill villages", False),
    ("salt was hard to carry to the hill villages", False),
]


@pytest.mark.parametrize(("answer", "right"), ROWS)
def test_scarcity_said_as_an_idiom(answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(SALT,))
    assert Grader.for_pack(pack).grade(SALT, answer).correct is right
