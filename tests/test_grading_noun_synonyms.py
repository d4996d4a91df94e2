"""A keypoint's noun said with its WordNet synonym in a sense frequent for both words ("the harvest failed" /
"the crop failed", "the pay" / "the wages"); a noun of another meaning, a negation or the other direction
does not make the point, and a term with no everyday synonym ("the charge") wants its own word. Invented
subjects (`meaning.MEANING_POS`)."""

from __future__ import annotations

import pytest

from studybot.core import meaning
from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import one_point

HARVEST = one_point("the harvest failed in the valley", "Why was there hunger in the valley?")
WAGES = one_point("the guild raised the wages of its weavers", "What did the guild do for its weavers?")
ROUTE = one_point("the traders took the route over the pass", "How did the traders cross the hills?")

ROWS = [
    (HARVEST, "the crop failed in the valley", True),
    (HARVEST, "the crop did not fail in the valley", False),
    (HARVEST, "the flood failed in the valley", False),
    (WAGES, "the guild raised the pay of its weavers", True),
    (WAGES, "the guild raised the salary of its weavers", True),
    (WAGES, "the guild cut the pay of its weavers", False),
    (WAGES, "the guild raised the rents of its weavers", False),
    (ROUTE, "the traders took the path over the pass", True),
    (ROUTE, "the traders took the river over the pass", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_noun_said_with_its_synonym_makes_the_point(card, given, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, given).correct is right


def test_nouns_are_in_the_table_s_parts_of_speech_for_english_only():
    assert meaning.synonymous("harvest", "crops") and meaning.synonymous("wages", "pay")
    assert not meaning.synonymous("charge", "cost") and not meaning.synonymous("harvest", "flood")
    assert "n" in meaning.MEANING_POS and "n" not in meaning.MEANING_POS_RU
