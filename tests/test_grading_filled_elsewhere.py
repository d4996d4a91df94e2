"""A point assembled from two clauses, one of which says the point's frame with another point's word in the place of
one of its words: "the frost kills the hardy seedlings and the tender ones survive" has "kills" and "tender" of "the
frost kills the tender seedlings", but the clause that kills says "hardy" (another point's word) where the point says
"tender"; "tender" stands in another clause, said of the survivors. The point is not made; said in its own clause,
it is. Invented cards on an orchard and a hive."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

FROST = Card(id="c", section="s", kind="explain", prompt="Explain how late frosts leave an orchard of hardy trees.",
             answer="Chance makes a few seedlings hardy; the frost kills the tender seedlings; the hardy survivors "
                    "grow and seed.",
             keypoints=(Keypoint("chance makes a few seedlings hardy", ("by chance", "a few are hardy")),
                        Keypoint("the frost kills the tender seedlings", ("kills the tender", "tender ones die")),
                        Keypoint("the hardy survivors grow and seed", ("survive and grow", "hardy ones seed"))),
             need=2)
SMOKE = Card(id="c", section="s", kind="explain", prompt="Объясните, как дым успокаивает улей.",
             answer="Дым будит старых пчёл; молодые пчёлы остаются в улье.",
             keypoints=(Keypoint("дым будит старых пчёл", ("будит старых",)),
                        Keypoint("молодые пчёлы остаются в улье", ("молодые остаются",))),
             need=1)

ROWS = [
    ("en", FROST, "the frost kills the hardy seedlings and the tender ones survive", False),
    ("en", FROST, "the frost kills the tender seedlings and the hardy ones survive and grow", True),
    ("en", FROST, "a few are hardy by chance, and the frost kills the tender seedlings", True),
    ("ru", SMOKE, "дым будит молодых пчёл, а старых оставляет спать", False),
    ("ru", SMOKE, "дым будит старых пчёл", True),
]


@pytest.mark.parametrize(("lang", "card", "given", "right"), ROWS)
def test_a_point_assembled_from_two_clauses(lang, card, given, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, given).correct is right
