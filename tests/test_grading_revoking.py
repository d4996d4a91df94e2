"""A verb of taking back undoes the rest of its clause (issue #11): "the bank offered to fund the new bridge" does not
make "the bank withdrew its offer to fund the new bridge", nor "банк предложил оплатить новый мост" "банк отозвал
своё предложение оплатить новый мост"; the point said with its verb, or with another verb of taking back, still is
(`revoking`, read in `grading.partly_flips`). Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

OFFER = one_point("the bank withdrew its offer to fund the new bridge", "Why did the town raise the tolls?")
RU_OFFER = one_point("банк отозвал своё предложение оплатить новый мост", "Почему город поднял пошлины?")

ROWS = [
    (OFFER, "the bank withdrew its offer to fund the bridge", "en", True),
    (OFFER, "the bank cancelled its offer to fund the new bridge", "en", True),
    (OFFER, "the bank pulled out of its offer to fund the new bridge", "en", True),
    (OFFER, "the bank called off its offer to fund the new bridge", "en", True),
    (OFFER, "the bank offered to fund the new bridge", "en", False),
    (OFFER, "the bank agreed to fund the new bridge", "en", False),
    (RU_OFFER, "банк отозвал предложение оплатить мост", "ru", True),
    (RU_OFFER, "банк предложил оплатить новый мост", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_a_verb_of_taking_back_is_not_left_out(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
