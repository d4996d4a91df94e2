"""A preposition said once before two nouns joined by "и" / "and" governs both, so a known mistake of a preposition
and its noun ("на ветре", "by sea") is said by the second noun ("на воде и ветре", "by rail and sea"). Invented
cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section

MILL = Card(id="c", section="s", kind="short", prompt="На чём работала мельница Карпова?", answer="на воде",
            mistakes=(Mistake(match=("на ветре",), feedback="Ветряной была соседняя мельница."),))
TOWN = Card(id="c", section="s", kind="short", prompt="Где открылась первая контора Лапина?", answer="в Самаре",
            mistakes=(Mistake(match=("в Казани",), feedback="В Казани открылась вторая контора."),))
GRAIN = Card(id="c", section="s", kind="short", prompt="How did the grain reach Oslo?", answer="by rail",
             mistakes=(Mistake(match=("by sea",), feedback="The harbour was frozen; it came by rail."),))
FUND = Card(id="c", section="s", kind="short", prompt="Who paid for the new school?", answer="the parish",
            mistakes=(Mistake(match=("the crown",), feedback="The crown gave nothing."),))

ROWS = [
    ("ru", MILL, "на воде", True), ("ru", MILL, "на воде и ветре", False), ("ru", MILL, "на воде и на ветре", False),
    ("ru", MILL, "на речной воде и ветре", False), ("ru", MILL, "на воде и ветер", True),
    ("ru", TOWN, "в Самаре", True), ("ru", TOWN, "в Самаре и Казани", False),
    ("ru", TOWN, "в Самаре и в Казани", False), ("ru", TOWN, "в городе Самаре", True),
    ("en", GRAIN, "by rail", True), ("en", GRAIN, "by rail and sea", False), ("en", GRAIN, "by rail and by sea", False),
    ("en", GRAIN, "by fast rail and sea", False), ("en", GRAIN, "by rail and road", True),
    ("en", FUND, "the parish", True),  # (an article is no preposition: "the parish and crown" is left to the rest)
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_preposition_said_once_governs_both_nouns(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
