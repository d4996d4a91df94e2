""""How much money ...?" and "how much was X worth?" ask a sum of money (`lexicon_measures.EN_MEASURE_ASKS`): a
passage whose only figures are years or spans ("less than two years after ...") gives none, and the tutor declines;
one saying a sum answers. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The Orl prize was first given in 1880, less than two years after the Orl guild was founded.
The Vesk prize was worth 400 pounds in 1902.
The Tam fair of 1890 lasted three days and drew traders from five towns.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Prizes of the guild")


@pytest.mark.parametrize("question", ["How much money was the Orl prize worth?",
                                      "How much was the Orl prize worth?",
                                      "How much money did the Tam fair raise?"])
def test_no_sum_said_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize("question", ["How much money was the Vesk prize worth?", "How much was the Vesk prize worth?"])
def test_a_sum_said_answers(tutor: Tutor, question: str) -> None:
    assert says(tutor, question, "400 pounds")
