"""A Russian keypoint says who does what to whom by case, not by order: an answer that keeps its words and verb but
puts its two nouns' cases the other way round ("воры ловили стражников" for "стражники ловили воров", "купцы открыли
ворота стражникам" for "стражники открыли ворота купцам") says the roles exchanged and does not make it; the same
cases in another order ("воров ловили стражники") still do. Cards on invented subjects of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

RU = Grader(language="ru")
GUARDS = explain("стражники ловили воров на рынке", prompt="Что происходило на рынке?")
GATES = explain("стражники открыли ворота купцам", prompt="Что произошло у ворот?")
WOLVES = explain("волки догоняли оленей в лесу", prompt="Что происходило в лесу?")
FORT = explain("жители передали крепость врагу", prompt="Чем кончилась осада?")

ROWS = [
    (GUARDS, "стражники ловили воров на рынке", True),
    (GUARDS, "воров ловили стражники на рынке", True),  # another order, the same cases
    (GUARDS, "на рынке стражники ловили воров, а воры убегали", True),
    (GUARDS, "воры ловили стражников на рынке", False),  # roles exchanged
    (GUARDS, "стражники не ловили воров на рынке", False),  # negated
    (GATES, "стражники открыли купцам ворота", True),
    (GATES, "купцам ворота открыли стражники", True),
    (GATES, "купцы открыли ворота стражникам", False),
    (WOLVES, "оленей догоняли волки в лесу", True),
    (WOLVES, "олени догоняли волков в лесу", False),
    (FORT, "крепость жители передали врагу", True),
    (FORT, "враг передал крепость жителям", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_roles_by_case(card: object, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right  # type: ignore[arg-type]
