"""An adverb of doing together or apart said by another of the same side makes the point ("the clans fought
independently" for "the clans fought separately", "воевали совместно" for "воевали сообща"); the other side still
turns it round, and "apart" or "alone" stand for no other ("apart from" excepts; "alone" is also "only")
(`joint_words.joint_alike`, read by `meaning`). Invented clans and fish (issue #11, beside a blind author's report
(c): an opposite said with other words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

CLANS = explain("the clans fought separately", prompt="How did the Dorn clans fight?")
FISH = explain("colour and shape are inherited independently",
               prompt="How are colour and shape inherited in the Pell fish?")
KLANY = explain("кланы воевали сообща", prompt="Как воевали кланы Дорн?")

ROWS = [
    ("en", CLANS, "the clans fought separately", True),
    ("en", CLANS, "the clans fought independently", True),
    ("en", CLANS, "each clan fought individually", True),
    ("en", CLANS, "the clans fought together", False),
    ("en", CLANS, "the clans fought jointly", False),
    ("en", FISH, "colour and shape are inherited separately", True),
    ("en", FISH, "colour and shape are always inherited together", False),
    ("ru", KLANY, "кланы воевали совместно", True),
    ("ru", KLANY, "кланы воевали вместе", True),
    ("ru", KLANY, "кланы воевали порознь", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_an_adverb_of_one_side_said_by_another(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
