"""Making a thing so, said by the verb of making it so (round 21): "делает сталь крепче" is "укрепляет сталь",
"сделали канал шире" "расширили канал", "делает торговлю проще" "упрощает торговлю", either way round, where nothing
is compared ("делает сталь крепче чугуна" is a comparison, `ru_making`); the verb of the other way ("делает сталь
слабее" for "укрепляет") or a negation stays wrong. A process going faster or slower is speeding up or slowing down:
"ремонт идёт медленнее" is "ремонт замедляется" (`ru_becoming`). General Russian; invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_making import made_said_by_verb
from tests.cards import one_point

STEEL = one_point("присадка укрепляет сталь", "Что даёт стали присадка?")
CANAL = one_point("инженеры расширили канал", "Что сделали с каналом в 1890 году?")
TRADE = one_point("единая монета упрощает торговлю", "Что дала единая монета?")
TAX = one_point("пошлина удорожает ввоз", "Что делает пошлина?")
REPAIR = one_point("ремонт замедляется", "Что происходит с ремонтом зимой?")
RAFT = one_point("плот делает переправу быстрее лодки", "Чем плот лучше лодки?")

ROWS = [
    (STEEL, "присадка делает сталь крепче", True), (STEEL, "присадка делает сталь крепче и дешевле", True),
    (STEEL, "присадка делает сталь слабее", False), (STEEL, "присадка не делает сталь крепче", False),
    (STEEL, "присадка делает сталь крепче чугуна", False),  # a comparison: stronger than cast iron
    (CANAL, "инженеры сделали канал шире", True), (CANAL, "инженеры сделали старый канал шире", True),
    (CANAL, "инженеры сделали канал глубже", False), (CANAL, "инженеры сделали канал уже", False),
    (TRADE, "единая монета делает торговлю проще", True), (TRADE, "единая монета сделала торговлю проще", True),
    (TRADE, "единая монета делает торговлю сложнее", False),
    (TAX, "пошлина делает ввоз дороже", True), (TAX, "пошлина делает ввоз дешевле", False),
    (REPAIR, "ремонт идёт медленнее", True), (REPAIR, "зимой ремонт идет медленнее", True),
    (REPAIR, "ремонт идёт быстрее", False), (REPAIR, "ремонт ускоряется", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_making_so_is_said_by_its_verb(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("соль делает клейковину крепче", "соль укрепляет клейковину"),
    ("соль сделала клейковину крепче, а брожение медленнее", "соль укрепил клейковину, а брожение медленнее"),
    ("делает тесто крепче бетона", "делает тесто крепче бетона"),  # compared with a second term: left as it is
    ("делает больше ошибок", "делает больше ошибок"),  # how much is done, never what grows
    ("делает работу и лучше", "делает работу и лучше"),  # no conjunction inside the object
])
def test_the_reading(text, read):
    assert made_said_by_verb(text) == read
