"""A Russian word that holds a negation, itself negated, is its partner (two negations are none): "не исключают" is
"включают", "не скрывали" is "показывали". It was read "не не ...", which the matcher could take for one negation:
"не скрывают письмо от царя" made the point "скрыть письмо от царя". Invented cards (`phrases.rewrite_negatives`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

RU = Grader(language="ru")

GRADED = [
    ("врачи исключили кровоизлияние в мозг", "врачи исключают кровоизлияние в мозг", True),
    ("врачи исключили кровоизлияние в мозг", "врачи не исключают кровоизлияние в мозг", False),
    ("врачи исключили кровоизлияние в мозг", "врачи включили кровоизлияние в мозг", False),
    ("врачи не исключили кровоизлияние в мозг", "врачи не исключают кровоизлияние в мозг", True),
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
    ("исключили кровоизлияние", ["не", "включили", "кровоизлияние"]),
    ("воды не было", ["воды", "нет"]),
])
def test_the_rewritten_words(text, words):
    assert RU.prep(text).words == words
