"""A thing given another people: "the French feared a British invasion" does not make "the British feared a French
invasion", nor "французы боялись британского вторжения" "британцы боялись французского вторжения", nor "вторжения
англичан" "вторжения французов" (`peoples.people_swapped`); the point's people said by the other part of speech, or
beside another people joined by "and", still make it. Invented wars."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import point_made, short

ROWS = [
    ("en", "the British feared a French invasion", "the French feared a British invasion", False),
    ("en", "fear of a French invasion", "the French feared a British invasion", False),
    ("en", "a Swedish fleet blockaded the port", "a Danish fleet blockaded the port", False),
    ("en", "the British feared a French invasion", "the British feared a French invasion", True),
    ("en", "a Swedish fleet blockaded the port", "the Swedish and Danish fleet blockaded the port", True),
    ("ru", "британцы боялись французского вторжения", "французы боялись британского вторжения", False),
    ("ru", "англичане опасались вторжения французов", "французы опасались вторжения англичан", False),
    ("ru", "англичане опасались вторжения французов", "англичане опасались французского вторжения", True),
    ("ru", "шведский флот блокировал порт", "порт блокировал шведский флот", True),
    ("ru", "шведский флот блокировал порт", "порт блокировал датский флот", False),
]


@pytest.mark.parametrize(("language", "point", "given", "right"), ROWS)
def test_a_things_people_is_not_exchanged(language, point, given, right):
    assert point_made("Why?", point, given, language) is right


@pytest.mark.parametrize(("given", "right"), [("the French feared a British invasion", False),
                                              ("the British feared a French invasion", True)])
def test_a_short_answer_keeps_its_peoples(given, right):
    card = short("the British feared a French invasion", prompt="Why were the towers built?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, given).correct is right
