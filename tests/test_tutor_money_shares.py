"""A sum of money asked ("how much did X pay?") may be said as a share of a price or a cost ("three and a half per cent
of the agreed price", "one-fifth as much as a manuscript"), not as a share of anything else (`tutor.money_shares`).
Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.money_shares import share_of_money

from .notes import says, tutor_on

NOTES = """\
The Tessel court heard the disputes of the salt traders in 1702.
It ruled that a trader could leave a bargain by paying four and a half per cent of the agreed price.
A barrel of Kelby salt cost roughly one-third as much as a barrel of sea salt.
About 20 per cent of the traders' boats were lost in the floods of 1703.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The salt traders of Tessel")


@pytest.mark.parametrize(("question", "fact"), [
    ("How much did a trader pay to leave a bargain?", "four and a half per cent"),
    ("How much did a barrel of Kelby salt cost?", "one-third as much"),
])
def test_a_share_of_a_price_says_a_sum(tutor, question, fact):
    assert says(tutor, question, fact)


@pytest.mark.parametrize(("sentence", "said"), [
    ("It ruled that a trader", True),
    ("A barrel of Kelby salt", True),
    ("About 20 per cent of the traders' boats", False),  # a share of boats, no sum
    ("The Tessel court heard", False),  # no share
])
def test_which_shares_say_a_sum(tutor, sentence, said):
    question = "How much did it cost?"
    q = tutor.analyser.question(question, normalise(question))
    assert q is not None
    doc = next(d for d in tutor.docs if d.text.startswith(sentence))
    assert share_of_money(doc, q, tutor.library.words) is said
