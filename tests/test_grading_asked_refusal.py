"""An answer that denies a thing with the negative word its question uses keeps the question's negation
(`asked_negation`): asked "How much was the rejected bid for the Orlen mill in 1702?", "a buyer bid 400 florins and
was turned down" (read "not accepted") repeats the question's "rejected" and says nothing opposite. Found on the
own-words sets of packs promoted in round 45 (a refused offer "turned down"). A wrong figure stays wrong, and a
denial the question does not make still disagrees. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import numeric

REJECTED = numeric(400, "florins", "400 florins", prompt="How much was the rejected bid for the Orlen mill in 1702?")
PLAIN = numeric(400, "florins", "400 florins", prompt="How much was the first bid for the Orlen mill in 1702?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (REJECTED, "a buyer bid 400 florins and was turned down", True),
    (REJECTED, "400 florins, which the miller refused", True),
    (REJECTED, "400 florins", True),
    (REJECTED, "a buyer bid 300 florins and was turned down", False),  # a wrong figure
    (PLAIN, "a buyer bid 400 florins and was turned down", False),  # a denial the question does not make
])
def test_a_refusal_the_question_names(card, given, right):
    assert Grader().grade(card, given).correct is right
