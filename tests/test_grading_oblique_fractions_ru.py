"""A share or a figure said in an oblique case after "около", "более", "до" (round 43, found writing packs blind):
"около четверти" is a quarter as "четверть" is, and "около полутора миллиардов тонн" is 1.5 billion tonnes as
"полтора миллиарда тонн" is. Another share or another scale still fails. Invented cards on a lake survey."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section


def numeric(card_id: str, value: float, unit: str, answer: str, tolerance: float) -> Card:
    return Card(id=card_id, section="s", kind="numeric", prompt="Сколько?", answer=answer,
                number=NumberSpec(value, unit, tolerance, False))


CARDS = (numeric("share", 25, "%", "25%", 3), numeric("salt", 1.5e9, "t", "1,5 млрд тонн", 0),
         numeric("carbon", 1.5e12, "t", "1,5 трлн тонн", 0))
PACK = Pack(id="p", title="Озёра", language="ru", cards=CARDS,
            sections=(Section("s", "Озёра", "Около четверти озёр замерзают. Во льду 1,5 млрд тонн соли."),))


@pytest.mark.parametrize(("card_id", "given", "right"), [
    ("share", "около четверти", True),
    ("share", "чуть меньше четверти озёр", True),
    ("share", "четверть", True),
    ("share", "около трети", False),
    ("share", "около половины", False),
    ("salt", "около полутора миллиардов тонн", True),
    ("salt", "полтора миллиарда тонн", True),
    ("salt", "около полутора миллионов тонн", False),
    ("salt", "около двух миллиардов тонн", False),
    ("carbon", "около полутора триллионов тонн", True),
    ("carbon", "полутора тысяч тонн", False),
])
def test_oblique_fractions_and_one_and_a_half(card_id, given, right):
    verdict = Grader.for_pack(PACK).grade(PACK.card(card_id), given)
    assert bool(verdict.correct) is right, verdict.trace
