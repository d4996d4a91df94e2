"""Russian gapping (`ru_gapping`): a dash standing for the verb of the clause before is read as that verb, only
in a clause of a word or two set beside a word of the clause before; a copula's dash, or "было", stays. Invented."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.ru_gapping import read_gapped

from .cards import one_point

RU = Grader(language="ru")
LOCKS = one_point("нижние шлюзы открывают летом для орошения", "Что известно о шлюзах канала?")


@pytest.mark.parametrize(("text", "read"), [
    ("верхние шлюзы открывают весной, нижние - летом", "верхние шлюзы открывают весной, нижние открывают летом"),
    ("старые лодки чинят зимой, а новые - весной", "старые лодки чинят зимой, а новые чинят весной"),
    ("москва - столица, а киев - город", "москва - столица, а киев - город"),  # no verb before
    ("у французов было больше людей, у русских - больше орудий",
     "у французов было больше людей, у русских - больше орудий"),  # "было" is no verb it stands for
    ("зерно везли на север, лес - на юг", "зерно везли на север, лес - на юг"),  # nothing set beside "лес"
    ("верхние шлюзы открывают весной. нижние - летом", "верхние шлюзы открывают весной. нижние - летом"),
])
def test_read_gapped(text: str, read: str) -> None:
    assert read_gapped(text) == read


@pytest.mark.parametrize(("given", "right"), [
    ("верхние шлюзы открывают весной, нижние — летом для орошения", True),
    ("верхние шлюзы закрывают весной, нижние — летом для орошения", False),
    ("нижние шлюзы летом для орошения закрывают", False),
])
def test_gapped_clause_graded(given: str, right: bool) -> None:
    assert RU.grade(LOCKS, given).correct is right, RU.grade(LOCKS, given).trace
