"""A Russian word that holds a negation, itself negated, is its partner (two negations are none): "не исключают" is
"включают", "не скрывали" is "показывали". It was read "не не включают", which the matcher took for one negation:
"не исключают кровоизлияние" made the point "исключить кровоизлияние", "не скрывают письмо" the point "скрыть
письмо". And every form of "исключить" is "не включить" (the infinitive, the future were left as written, so a point
"исключить X" was not made by "исключают X"). Invented cards (`phrases.rewrite_negatives`, `lexicon_negative`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

RU = Grader(language="ru")

GRADED = [
    ("исключить кровоизлияние в мозг", "исключают кровоизлияние в мозг", True),
    ("исключить кровоизлияние в мозг", "исключили кровоизлияние в мозг", True),
    ("исключить кровоизлияние в мозг", "врачи исключат кровоизлияние в мозг", True),
    ("исключить кровоизлияние в мозг", "не исключают кровоизлияние в мозг", False),
    ("исключить кровоизлияние в мозг", "включить кровоизлияние в мозг", False),
    ("скрыть письмо от царя", "не скрывают письмо от царя", False),
    ("скрыть письмо от царя", "скрывают письмо от царя", True),
    ("указ запретил торговлю солью", "указ не запретил торговлю солью", False),
    ("указ разрешил торговлю солью", "указ не запретил торговлю солью", True),
    ("указ разрешил торговлю солью", "указ запретил торговлю солью", False),
]


@pytest.mark.parametrize(("point", "given", "right"), GRADED)
def test_a_negated_negative_word_is_its_partner(point, given, right):
    assert RU.grade(explain(point, prompt="Что сделали?"), given).correct is right


@pytest.mark.parametrize(("text", "words"), [
    ("не исключают кровоизлияние", ["включают", "кровоизлияние"]),
    ("не скрывал", ["показывал"]),
    ("исключить кровоизлияние", ["не", "включить", "кровоизлияние"]),
    ("воды не было", ["воды", "нет"]),
])
def test_the_rewritten_words(text, words):
    assert RU.prep(text).words == words
