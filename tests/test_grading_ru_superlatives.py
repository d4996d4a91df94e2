"""A Russian superlative in "-ейший" / "-айший" is "самый" and its adjective (`ru_superlatives`): "крупнейший порт" /
"самый крупный порт", "высочайшая гора" / "самая высокая гора", either side; another adjective, the plain degree
("крупный" for "крупнейший") or "дальнейший" (further, no superlative) stay apart. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.ru_superlatives import superlatives_said
from tests.cards import one_point

RU = Grader(language="ru")
PORT = one_point("крупнейший порт на побережье", "Чем был город?")
LAKE = one_point("самое глубокое озеро в долине", "Каким было озеро?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (PORT, "самый крупный порт на побережье", True),
    (PORT, "самый мелкий порт на побережье", False),
    (PORT, "крупный порт на побережье", False),  # large is not the largest
    (LAKE, "глубочайшее озеро в долине", True),
    (LAKE, "мельчайшее озеро в долине", False),
    (LAKE, "глубокое озеро в долине", False),
])
def test_a_superlative_is_samyi_and_its_adjective(card, given, right):
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize(("text", "said"), [
    ("крупнейший порт", "самый крупный порт"),
    ("высочайшая гора", "самый высокый гора"),  # "ч" before "-айш-" is the adjective's "к" (compared by stems)
    ("строжайший запрет", "самый строгый запрет"),
    ("наиважнейшая задача", "самый важный задача"),
    ("дальнейшее развитие", "дальнейшее развитие"),  # further, the next: no superlative
    ("лучший порт", "лучший порт"),  # no "-ейш-" / "-айш-"
    ("шейх и его дворец", "шейх и его дворец"),
])
def test_what_is_rewritten(text, said):
    assert superlatives_said(text) == said
