"""Two figures of a point joined in one clause by a word that only joins ("and", "while", "и", "а"), each said with
the other's words ("a third went to the towns and two thirds to the army" for "two thirds went to the towns and a
third to the army"; "20% was sold and 80% kept" for "80% was sold and 20% kept") swap the point, whichever way each
share is said ("a third", "a quarter", "треть"); the same figures with their own words, or a range ("between 20 and
30"), do not (`grading.swapped_figures`). Invented cards (issue #11)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

GRAIN = explain("two thirds of the grain went to the towns and a third to the army",
                prompt="How was the Velm harvest shared?")
ORE = explain("80% of the ore was exported and 20% was smelted at home", prompt="What happened to the Tarn ore?")
WOOL = explain("a quarter of the wool was sold and three quarters was kept", prompt="What did the Orn farms do?")
ZERNO = explain("две трети зерна шло в города, а треть армии", prompt="Как делили зерно Вельма?")
RANGE = explain("between 20 and 30 carts crossed each day and 5 boats", prompt="What crossed the Orn ford?")

ROWS = [
    ("en", GRAIN, "two thirds went to the towns and a third to the army", True),
    ("en", GRAIN, "the towns got two thirds of the grain and the army got a third", True),
    ("en", GRAIN, "the army got a third, the towns two thirds", True),
    ("en", GRAIN, "a third to the towns and two thirds to the army", False),
    ("en", GRAIN, "a third of the grain went to the towns and two thirds to the army", False),
    ("en", ORE, "80% was exported and 20% smelted at home", True),
    ("en", ORE, "20% was exported and 80% smelted at home", False),
    ("en", ORE, "20% of the ore was exported, while 80% was smelted at home", False),
    ("en", WOOL, "a quarter was sold and three quarters kept", True),
    ("en", WOOL, "three quarters was sold and a quarter kept", False),
    ("ru", ZERNO, "две трети в города, треть армии", True),
    ("ru", ZERNO, "треть в города, а две трети армии", False),
    ("ru", ZERNO, "городам треть зерна, а армии две трети", False),
    ("en", RANGE, "between 20 and 30 carts a day and 5 boats", True),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_shares_joined_in_a_clause_keep_their_own_words(lang, card, answer, right):
    pack = Pack(id="t", title="t", language=lang, sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
