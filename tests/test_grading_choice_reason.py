"""A choice said, then why (round 24): "над крылом, там поток быстрее", "the north tower, because it was taller" pick
the option before the reason, as a note in brackets does; the wrong option with a reason, another option's place
("у дна, у поверхности") and a "reason" that says an option's own words otherwise ("наблюдателем, вступил в 1905" for
"наблюдателем; вступил в 1907") stay wrong (`grading.reason_note`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def choice(prompt: str, answer: str, *options: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt=prompt, answer=answer, options=options)


TOWER = choice("Which tower did the lightning strike first?", "the north tower",
               "the north tower", "the south tower", "the gatehouse")
DAM = choice("Где вода холоднее летом?", "у дна", "у поверхности", "у дна", "одинаково везде")
ISLAND = choice("Как остров был представлен на съезде?", "только наблюдателем; в союз вступил в 1907 году",
                "полноправной делегацией", "только наблюдателем; в союз вступил в 1907 году", "никак")

ROWS = [
    (TOWER, "the north tower, because it was taller", True), (TOWER, "the north tower - it stood higher", True),
    (TOWER, "north tower since it is higher up", True), (TOWER, "the north tower", True),
    (TOWER, "the south tower, because it was taller", False),
    (TOWER, "the gatehouse, since it stood alone", False),
    # a reason with a denial of its own, which read with the choice made it a denial of an option
    (TOWER, "the north tower, it had no lightning rod", True), (TOWER, "the north tower, because it was not shielded",
                                                                 True),
    (TOWER, "the north tower, nothing stood higher", True), (TOWER, "the south tower, it had no lightning rod", False),
    (DAM, "у дна, там не бывает солнца", True), (DAM, "у дна, солнце туда не достаёт", True),
    (DAM, "у поверхности, туда не доходит солнце", False),
    (DAM, "у дна, туда не доходит солнце", True), (DAM, "у дна, потому что холодная вода тяжелее", True),
    (DAM, "у дна — там темно", True),
    (DAM, "у поверхности, там ветер", False), (DAM, "у дна, у поверхности", False),
    (DAM, "у поверхности, потому что там ветер", False),
    (ISLAND, "наблюдателем, вступил в 1907", True),
    (ISLAND, "наблюдателем, вступил в союз в 1905 году", False),
]


def _pack(card: Card) -> Pack:
    lang = "en" if card is TOWER else "ru"
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_choice_then_reason(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
