"""More of a thing said as an extra amount, in Russian (issue #11, answers in learners' own words), as English
"extra" is "more": "печь давала дополнительную известь" is made by "больше извести", "добавочную известь", and "больше
извести" by "дополнительную известь"; "построили дополнительную печь" by "ещё одну печь". "меньше" and another thing
stay wrong, and "построили печь" still makes "дополнительную печь" as it did (a second reading of the answer,
`grading.extra_amounts`). Invented cards (a lime kiln)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

EXTRA = one_point("печь давала дополнительную известь", "Что изменила новая печь?")
MORE = one_point("печь давала больше извести", "Что изменила новая печь?")
KILN = one_point("построили дополнительную печь", "Что сделали на заводе?")

ROWS = [
    (EXTRA, "печь давала больше извести", True), (EXTRA, "печь давала добавочную известь", True),
    (EXTRA, "печь давала меньше извести", False), (EXTRA, "печь давала дополнительный уголь", False),
    (MORE, "печь давала дополнительную известь", True), (MORE, "печь давала меньше извести", False),
    (KILN, "построили ещё одну печь", True), (KILN, "построили больше печей", True),
    (KILN, "построили меньше печей", False), (KILN, "построили печь", True),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_extra_is_more(card: Card, given: str, right: bool) -> None:
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


MADE_BEFORE = ("построили печь", "печь давала добавочную известь")  # (made without the reading too)


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS
                                             if right and given not in MADE_BEFORE])
def test_without_the_reading_these_fail(card: Card, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structured, "extra_as_more", lambda *args: None)
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct
