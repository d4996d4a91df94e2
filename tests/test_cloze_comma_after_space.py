"""A comma typed after a space parts two blanks (`grading.cloze`): no decimal comma has a space before it, so "7
,12" fills "{{7}} to {{12}}" as "7, 12" does, while a decimal comma inside a blank's figure ("30,5") is kept.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

YEARS = Card(id="c", section="s", kind="cloze", prompt="Fill in the blanks.", answer="7, 12",
             text="A quince grown from seed takes {{seven|7}} to {{twelve|12}} years to fruit.",
             blanks=(("seven", "7"), ("twelve", "12")))
DEPTH = Card(id="c", section="s", kind="cloze", prompt="Заполните пропуски.", answer="30,5",
             text="Глубина колодца — {{30,5}} метра.", blanks=(("30,5",),))

ROWS = [
    ("en", YEARS, "7 ,12", True),
    ("en", YEARS, "7 , 12", True),
    ("en", YEARS, "seven ,twelve", True),
    ("en", YEARS, "7, 12", True),
    ("en", YEARS, "12 ,7", False),
    ("ru", DEPTH, "30,5", True),
]


@pytest.mark.parametrize(("code", "card", "answer", "right"), ROWS)
def test_a_comma_after_a_space_parts_blanks(code, card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", "x"),), cards=(card,), language=code)
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
