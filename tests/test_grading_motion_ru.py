"""A Russian keypoint's noun of going or riding said with its verb, or the verb with the noun (`ru_motion`, issue
#11): "выход из союза" / "вышло из союза", "отход за реку" / "отошёл за реку", "приезд посла" / "посол приехал".
The verbs of going make their past and infinitive on another root than their noun ("шёл", "йти" / "ход"; "ехал" /
"езд"), so neither the stemmer nor `ru_verbal_nouns` brings them together. Another prefix (another way: "вошли" /
"выход"), a negation or another thing does not make the point. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest
import Stemmer

from studybot.core import meaning
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_motion import motion_pair
from tests.cards import one_point

RETREAT = one_point("отход полка за реку", "Что сделал полк после боя?")
LEAVING = one_point("княжество вышло из торгового союза", "Чем кончился спор?")
ARRIVAL = one_point("приезд посла в столицу", "Что случилось весной?")
CROSSING = one_point("обоз перешёл через перевал", "Что случилось в августе?")
POWER = one_point("приход графа к власти", "Чем кончился заговор?")

ROWS = [
    (RETREAT, "полк отошёл за реку", True),
    (RETREAT, "после боя полк отошел за реку", True),
    (RETREAT, "полк перешёл за реку", False),  # another prefix: another way
    (RETREAT, "полк не отошёл за реку", False),
    (RETREAT, "полк отошёл к лесу", False),  # another place
    (LEAVING, "выход княжества из торгового союза", True),
    (LEAVING, "княжество решило выйти из торгового союза", True),
    (LEAVING, "решили выйти из торгового союза", False),  # who left is not said
    (LEAVING, "вход княжества в торговый союз", False),
    (LEAVING, "выхода княжества из торгового союза не было", False),
    (ARRIVAL, "посол приехал в столицу", True),
    (ARRIVAL, "посол уехал из столицы", False),
    (ARRIVAL, "посол так и не приехал в столицу", False),
    (CROSSING, "переход обоза через перевал", True),
    (CROSSING, "проход обоза через перевал", False),
    (POWER, "граф пришёл к власти", True),
    (POWER, "граф ушёл от власти", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_noun_of_going_is_made_by_its_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(meaning, "motion_noun_of", lambda *args: (-1, -1))
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct


_STEM = Stemmer.Stemmer("russian")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("выход", "вышли", True), ("вышел", "выхода", True), ("отход", "отошёл", True), ("переходом", "перейти", True),
    ("приезд", "приехал", True), ("въезда", "въехали", True), ("приход", "пришла", True),
    ("выход", "вошли", False), ("переход", "прошёл", False), ("приезд", "уехал", False),  # another prefix
    ("выход", "выехал", False),  # going is no riding
    ("поход", "пошли", False), ("находка", "нашли", False),  # a prefix whose noun names another thing
    ("выход", "выходной", False),  # an adjective is no noun of going
])
def test_the_pairs(a, b, same):
    assert motion_pair(a, _STEM.stemWord(a), b, _STEM.stemWord(b)) is same
