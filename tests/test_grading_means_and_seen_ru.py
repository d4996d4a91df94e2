"""Russian own words of two kinds (invented cards): a relative adjective and a general noun of a means said by the
noun the adjective is made of ("телеграф отказывал" for "отказывали телеграфные линии": `grading.means_heads`), and
a thing perceived said by the short adjective of the verb of perceiving ("были видны" for "видели": `lexicon_seeing`).
A pair with another head ("солнечный ветер") is not said by its adjective's noun, nor a denial by the claim."""

from __future__ import annotations

import pytest

from tests.cards import point_made

_ASKED = "Что происходило?"


@pytest.mark.parametrize(("point", "answer", "made"), [
    ("в бурю отказывали телеграфные линии", "в бурю отказывал телеграф", True),
    ("в бурю отказывали телеграфные линии", "в бурю отказывали телеграфные линии", True),
    ("в бурю отказывали телеграфные линии", "в бурю телеграф работал", False),
    ("зимой работала телефонная связь", "зимой работал телефон", True),
    ("поле отклоняет солнечный ветер", "поле отклоняет солнце", False),
    ("путники видели огни на севере", "на севере путникам были видны огни", True),
    ("видели северное сияние", "северное сияние было видно", True),
    ("видели северное сияние", "были видны сияния", True),
    ("путники видели огни на севере", "на севере были видны огни", True),
    ("путники видели огни на севере", "на севере не были видны огни", False),
    ("путники видели огни на севере", "на юге были видны огни", False),
    ("жители слышали гром", "жителям был слышен гром", True),
    ("жители слышали гром", "жителям не был слышен гром", False),
])
def test_means_and_perceived(point: str, answer: str, made: bool) -> None:
    assert point_made(_ASKED, point, answer, "ru") is made
