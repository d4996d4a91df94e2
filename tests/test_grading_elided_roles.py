"""Two points told apart by what each is said of ("the bricks' clay is dry", "the pots' clay is wet"), made by an
answer that says the shared noun once and leaves it out of the second clause ("у горшков глина сухая, а у
кирпичей сырая"): each point is made in the clause of its own words, so an answer that pairs them the other way
round makes neither, and one that pairs them right makes both. Invented cards on a pottery."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

POTTERY = Card(id="c", section="s", kind="explain",
               prompt="Почему кирпичи при обжиге трескаются, а горшки гончаров — нет?",
               answer="Глина кирпичей сырая, пар рвёт её; глина горшков сухая и прогревается ровно.",
               keypoints=(Keypoint("глина кирпичей сырая, пар не может выйти", ("сырая глина", "влажная глина")),
                          Keypoint("глина горшков сухая и ровно прогревается", ("сухая глина", "прогревается"))),
               need=2)

ROWS = [
    ("у горшков глина сырая, а у кирпичей сухая", False),
    ("у кирпичей глина сырая, а у горшков сухая", True),
    ("у кирпичей глина сырая и пар не выходит, а у горшков глина сухая", True),
]


@pytest.mark.parametrize(("given", "right"), ROWS)
def test_a_noun_said_once_for_two_clauses(given, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(POTTERY,), language="ru")
    assert Grader.for_pack(pack).grade(POTTERY, given).correct is right
