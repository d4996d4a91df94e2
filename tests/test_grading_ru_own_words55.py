"""Learners' own words in Russian (round 55): a share said as "the Nth part" ("пятую часть" is 20 %, "одну пятую"
too; "вторая часть" is a second part, no half), a noun of carrying or leading by its perfective ("снос" / "снесли",
"вывоз" / "вывезли", "ввод" / "ввели"), a noun in "-ечка" by its verb in "-ечь" ("утечка" / "утекал", "утечёт"), a
noun in "-енция" by its verb in "-ировать" ("конкуренция" / "конкурировать"), "назад" for "обратно", the verbs of
being carried away ("унесло" / "отнесло", "утащило"), and those of carrying goods ("везли" / "доставляли").
Cards on invented subjects of no pack; each row says what a fair teacher would mark: the same claim passes, another
share, another prefix, another direction, a denial fail ("вторая часть" is left out: a point's share not given at
all is not asked of a keypoint)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec
from tests.cards import explain, numeric, short

RU = Grader(language="ru")

FEE = explain("ремесленники сами внесли 20 % взноса")
TENTH = explain("монастырь получил 10 % урожая")
TOWER = explain("требовали сноса башни")
GRAIN = explain("вывоз зерна запретили")
TROOPS = explain("князь начал ввод войск в город")
GAS = explain("из бака утекал газ")
GOLD = explain("серебро утечёт за море")
RIVALS = explain("пароходы будут конкурировать с баржами")
RAFT = explain("плот отнесло обратно к берегу")
SALT = explain("в крепость везли соль")

ROWS = [
    (FEE, "ремесленники сами внесли пятую часть взноса", True),
    (FEE, "ремесленники сами внесли одну пятую взноса", True),
    (FEE, "ремесленники сами внесли десятую часть взноса", False),  # trap: another share
    (TENTH, "монастырь получил десятую часть урожая", True),
    (TENTH, "монастырь получил третью часть урожая", False),
    (TOWER, "требовали снести башню", True),
    (TOWER, "требовали перенести башню", False),  # trap: another prefix, another act
    (GRAIN, "запретили вывозить зерно", True),
    (GRAIN, "запретили вывезти зерно", True),
    (GRAIN, "запретили ввезти зерно", False),  # trap: the other direction
    (TROOPS, "князь ввёл войска в город", True),
    (TROOPS, "князь вывел войска из города", False),
    (GAS, "утечка газа из бака", True),
    (GAS, "утечки газа из бака не было", False),  # trap: denied
    (GOLD, "будет утечка серебра за море", True),
    (GOLD, "будет приток серебра из-за моря", False),
    (RIVALS, "будет конкуренция пароходов с баржами", True),
    (RIVALS, "пароходы будут буксировать баржи", False),
    (RAFT, "плот отнесло назад к берегу", True),
    (RAFT, "плот унесло обратно к берегу", True),
    (RAFT, "течение утащило плот обратно к берегу", True),
    (RAFT, "плот принесло обратно к берегу", False),  # trap: brought, not carried off
    (RAFT, "плот отнесло дальше от берега", False),  # trap: the other way
    (SALT, "в крепость доставляли соль", True),
    (SALT, "в крепость возили соль", True),
    (SALT, "из крепости вывозили соль", False),  # trap: out of it
    (SALT, "в крепость не доставляли соль", False),  # trap: denied
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_own_words_ru55(card, given, right):
    assert RU.grade(card, given).correct is right


# a country in "-стан" named by its people ("афганцы" / "Афганистан"), Belarus by either name; "мочь" in either aspect
# and number ("может" / "могут"); a death sentence by the execution ("к казни" / "к смерти"); a sum by its coin
# ("полтинник" is 50 kopecks); the head of a body by the verb of heading it ("возглавлял" / "глава"); a noun in "-ой"
# in its cases ("прибоем" / "прибой"); a figure where a change ends ("до 25 км") is no change that starts there ("с 25
# до 80 км")
CANAL = short("Казахстан", prompt="Какая страна построила плотину?")
ENVOY = short("глава посольства", prompt="Кем был Орлов в Персии?")
SURF = explain("прибой разрушил мол")
FORD = explain("обозы могут пройти")
JUDGED = explain("мятежника приговорили к смерти")
FARE = Card(id="n", section="s", kind="numeric", prompt="Сколько стоил проезд на пароме?", answer="50 копеек",
            number=NumberSpec(0.5, "RUB", 0.0, False))
SHORE = numeric(25, "km", "примерно до 25 километров", prompt="До скольких километров сократился путь до воды?")

TABLE = [
    (CANAL, "казахи", True),
    (CANAL, "в Казахстане", True),
    (CANAL, "узбеки", False),  # trap: another people
    (short("Беларусь", prompt="Какая республика подписала договор?"), "белорусская", True),
    (FORD, "обоз может пройти", True),
    (FORD, "обоз не может пройти", False),  # trap: denied
    (JUDGED, "мятежника приговорили к казни", True),
    (JUDGED, "мятежника приговорили к каторге", False),
    (FARE, "полтинник", True),
    (FARE, "проезд стоил полтинник", True),
    (FARE, "гривенник", False),  # trap: another coin
    (FARE, "пятак", False),
    (FARE, "целковый", False),
    (ENVOY, "возглавлял посольство", True),
    (ENVOY, "возглавлял армию", False),
    (SURF, "мол разрушен прибоем", True),
    (SURF, "мол разрушен льдом", False),
    # a figure given as where a change ends is not made by a change that starts there
    (SHORE, "с 80 до 25 км", True),
    (SHORE, "до 25 км", True),
    (SHORE, "с 25 до 80 км", False),
    (SHORE, "с 25 км до 80 км", False),
]


@pytest.mark.parametrize(("card", "given", "right"), TABLE)
def test_own_words_ru55_words(card, given, right):
    assert RU.grade(card, given).correct is right
