"""Two qualities compared in one clause ("перевозка по морю оказалась быстрее и дешевле", "shipping by sea proved
faster and cheaper") are each read with their own word of more or less: an answer that swaps them ("медленнее и
дороже", "slower and dearer") turns the claim round. The second quality is no second term of a comparison (a Russian
comparative may take the thing compared with after it, "дешевле сухопутного": a noun, not "и" or another quality;
issue #11: a flipped direction caught). Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

BOTH = one_point("shipping by sea proved faster and cheaper", "What did the merchants find?")
RU_BOTH = one_point("перевозка по морю оказалась быстрее и дешевле", "Что выяснили купцы?")

ROWS = [
    (BOTH, "shipping by sea proved faster and cheaper", "en", True),
    (BOTH, "by sea it was quicker and cheaper", "en", True),
    (BOTH, "shipping by sea proved slower and dearer", "en", False),
    (RU_BOTH, "перевозка по морю оказалась быстрее и дешевле", "ru", True),
    (RU_BOTH, "по морю быстрее и дешевле", "ru", True),
    (RU_BOTH, "перевозка по морю оказалась медленнее и дороже", "ru", False),
    (RU_BOTH, "перевозка по морю оказалась менее быстрой и более дорогой", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_two_compared_qualities_keep_their_own_direction(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
