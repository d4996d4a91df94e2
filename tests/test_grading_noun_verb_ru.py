"""A Russian noun is not a verb its letters run into (round 20): a slip of spelling never turns a wanted noun into a
verb's past or infinitive ("сказка" is not "сказали", `ru_parts`), a noun's "-т" is no present ending an imperfective
alternates ("совет" is not "совещались", `ru_families.alternated_pair`), and a noun whose own verb is made with
"-ова-" is that verb's ("совет" / "советовать", `ru_verbal_nouns.bare_noun`). A noun of action and its verb, a slip
of the noun's own letters and a noun in "-ка" with its verb stay made. Invented cards (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_parts import noun_and_verb
from tests.cards import one_point, short

TALE = short("сказка", prompt="Что рассказывала няня?")
ADVICE = short("совет", prompt="Что дал мельнику старый кузнец?")
ADVICE_POINT = one_point("совет старейшин", "Что помогло молодому князю?")
ADVICE_LONG = one_point("дали молодому князю мудрый совет", "Что сделали старейшины?")
SUPPLY = one_point("поставка зерна в город", "Чем занимались купцы?")

ROWS = [
    (TALE, "сказали", False), (TALE, "сказал", False), (TALE, "сказать", False),
    (TALE, "сказка", True), (TALE, "сказку", True), (TALE, "скаска", True), (TALE, "сказки", True),
    (ADVICE, "совещались", False), (ADVICE, "советы", True), (ADVICE, "совет", True),
    (ADVICE_POINT, "старейшины совещались", False), (ADVICE_POINT, "совет старейшин", True),
    (ADVICE_POINT, "старейшины дали совет", True),
    (ADVICE_LONG, "совещались с молодым князем", False), (ADVICE_LONG, "дали молодому князю мудрый совет", True),
    (SUPPLY, "купцы поставили зерно в город", True), (SUPPLY, "поставка зерна в город", True),
    (SUPPLY, "купцы продавали зерно в деревне", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_noun_is_no_verb_its_letters_run_into(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("want", "have", "apart"), [
    ("сказка", "сказали", True), ("сказка", "сказал", True), ("сказка", "сказаться", True), ("правки", "правила", True),
    ("сказка", "скаска", False),  # a slip of the noun's own letters
    ("скручиванием", "скручивали", False), ("потеря", "потеряла", False),  # a noun of action and its verb
    ("поставка", "поставили", False), ("очистка", "очистили", False),  # a noun in "-ка" and its verb: a longer stem
    ("сказали", "сказка", False),  # a wanted verb is left to the other rules
    ("урацил", "урацилом", False), ("ракета", "ракеты", False),
])
def test_the_pairs(want, have, apart):
    assert noun_and_verb(want, have) is apart
