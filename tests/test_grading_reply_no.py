"""A reply's "No," (or "Нет,") opening both a right wording and an answer negates none of what follows it: "No,
on the Tarn" for "No, on the Tarn" (or "no, it stands on the Tarn"); a "No, not on the Tarn" or a "Yes, on the
Tarn" is still no match, nor is a wording's "No, it was not rebuilt" made by "no, it was rebuilt". Invented
subjects (`replies.phrase_negated`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section


def card(answer: str, *accept: str, prompt: str, lang: str = "en") -> tuple[Card, str]:
    mistake = Mistake(("yes" if lang == "en" else "да",), "No.")
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept,
                mistakes=(mistake,)), lang


MILL = card("No, it stands on the Tarn, 5 km from the lake", "no, on the Tarn",
            prompt="Does the mill stand on the lake shore? If not, where is it?")
REBUILT = card("No, it was not rebuilt", "no, never rebuilt", prompt="Was the bridge rebuilt after the flood?")
MELNICA = card("Нет, мельница стоит на Тарне, в 5 км от озера", "нет, на Тарне",
               prompt="Стоит ли мельница на берегу озера? Если нет, то где?", lang="ru")

ROWS = [
    (MILL, "no, on the Tarn", True),
    (MILL, "no, it is on the Tarn", True),
    (MILL, "no, not on the Tarn", False),
    (MILL, "yes, on the Tarn", False),
    (REBUILT, "no, it was not rebuilt", True),
    (REBUILT, "no, it was rebuilt", False),
    (MELNICA, "нет, на Тарне", True),
    (MELNICA, "нет, она на Тарне", True),
    (MELNICA, "нет, не на Тарне", False),
    (MELNICA, "да, на Тарне", False),
]


@pytest.mark.parametrize(("made", "answer", "right"), ROWS)
def test_a_reply_s_no_negates_nothing_after_it(made, answer, right):
    card, lang = made
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
