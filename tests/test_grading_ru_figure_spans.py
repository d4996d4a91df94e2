"""A Russian span of two figures, "от 700 до 1200", offers both ends as "700-1200" does: right only when the
tolerance covers each ("от 1100 до 1200" for 1100-1200 °C), a hedge otherwise, though one end is the figure
asked. "с 60 до 28" stays a change, as "from 60 to 28" does. Invented cards on a kiln and a glacier."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import numeric

KILN = numeric(1250, "°C", "1200-1300 °C", tolerance=50, prompt="Какова температура обжига фарфора?")
GLACIER = numeric(40, "m", "40 m", prompt="На сколько метров в год отступает ледник?")

ROWS = [
    (KILN, "от 800 до 1300", False),  # one end right, the other far off
    (KILN, "от 800 до 1300 градусов", False),
    (KILN, "от 1200 до 1300", True),  # both ends within the tolerance
    (KILN, "1200-1300", True),
    (KILN, "около 1300 градусов", True),
    (KILN, "до 1300", True),  # "up to": one figure
    (GLACIER, "от 10 до 40 метров", False),
    (GLACIER, "40 метров", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_russian_span_offers_both_ends(card, given, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(card,), language="ru")
    assert Grader.for_pack(pack).grade(card, given).correct is right
