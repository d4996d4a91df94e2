"""Becoming so, said by the verb of becoming so (round 20): "стал дешевле" is "подешевел", "стал дороже"
"подорожал", "стал быстрее" "ускорился", "стал медленнее" "замедлился", "стало лучше" "улучшилось", "стало теплее"
"потеплело", "стали богаче" "разбогатели", either way round, where nothing is compared ("стали быстрее плотов" is a
comparison, `ru_becoming`); the verb of the other way ("подорожал" for "стал дешевле") or a negation stays wrong.
General Russian (`ru_becoming`; `lexicon_ru_own_words`: the heating and cooling groups). In English the verb of getting
cheaper is said as becoming so ("the salt cheapened": "the salt got cheaper"; `lexicon_phrasal`), and "grew richer" is
"got richer" (`comparisons`: "grow" before a comparative of quality). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

SALT = one_point("соль стала дешевле", "Что случилось с солью после открытия копей?")
FERRY = one_point("переправа ускорилась", "Что дал паром?")
STREAM = one_point("течение стало медленнее", "Что случилось с рекой за плотиной?")
HARVEST = one_point("урожаи стали лучше", "Что дал севооборот?")
VALLEY = one_point("в долине потеплело", "Что случилось в долине весной?")
WOOL = one_point("шерсть подорожала", "Что случилось с шерстью после мора?")
TOWN = one_point("горожане стали богаче", "Что дала ярмарка горожанам?")
BOATS = one_point("лодки ходили быстрее плотов", "Что изменилось на реке?")
SALT_EN = one_point("salt got cheaper", "What happened to salt after the mines opened?")
MINERS = one_point("the miners grew richer", "What did the new seam do for the miners?")
WHEAT = one_point("the farmers grew more wheat", "What did the farmers do after the drainage?")

ROWS = [
    (SALT, "соль подешевела", True), (SALT, "соль стала стоить дешевле", True),
    (SALT, "соль подорожала", False), (SALT, "соль стала дороже", False), (SALT, "соль не подешевела", False),
    (FERRY, "переправа стала быстрее", True), (FERRY, "переправа стала медленнее", False),
    (FERRY, "переправа замедлилась", False),
    (STREAM, "течение замедлилось", True), (STREAM, "течение ускорилось", False),
    (HARVEST, "урожаи улучшились", True), (HARVEST, "урожаи ухудшились", False),
    (HARVEST, "урожаи стали хуже", False),
    (VALLEY, "в долине стало теплее", True), (VALLEY, "в долине стало холоднее", False),
    (VALLEY, "в долине похолодало", False),
    (WOOL, "шерсть стала дороже", True), (WOOL, "шерсть стала дешевле", False), (WOOL, "шерсть подешевела", False),
    (TOWN, "горожане разбогатели", True), (TOWN, "горожане обеднели", False), (TOWN, "горожане стали беднее", False),
    # a comparison with its second term is no becoming: "стали быстрее плотов" is faster than the rafts
    (BOATS, "лодки стали быстрее плотов", True), (BOATS, "лодки стали медленнее плотов", False),
    (BOATS, "плоты стали быстрее лодок", False),
    (SALT_EN, "salt cheapened", True), (SALT_EN, "the salt has cheapened", True),
    (SALT_EN, "salt became cheaper", True),
    (SALT_EN, "salt got dearer", False), (SALT_EN, "salt did not cheapen", False),
    # "grow" before a comparative of quality is a verb of becoming, as "get" is; before a noun it grows a crop
    (MINERS, "the miners got richer", True), (MINERS, "the miners became richer", True),
    (MINERS, "the miners grew richer", True), (MINERS, "the miners got poorer", False),
    (MINERS, "the miners grew poorer", False),
    (WHEAT, "the farmers grew more wheat", True), (WHEAT, "the farmers grew less wheat", False),
]


def _pack(card: Card) -> Pack:
    lang = "en" if card in (SALT_EN, MINERS, WHEAT) else "ru"
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_becoming_so_is_said_by_its_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
