"""A known mistake with a figure and a unit ("one year") is matched by an answer's bare figure only as that figure
in the card's unit: on a card of months "1" is one month, no "one year" (before, "1" and even "2 1 3" got the
mistake's feedback, "extended to a year and a half, not one year"), while "12" is twelve months, the mistake.
Found by the lead studying the bundled pack in the app. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import grade
from studybot.core.packs import Card, Mistake, NumberSpec

TRUCE = Card(id="n", section="s", kind="numeric", prompt="For how long was the truce of Ardel extended?",
             answer="18 months", number=NumberSpec(18, "months", 0, False),
             mistakes=(Mistake(("one year",), "Not one year."), Mistake(("9",), "Nine is the count of towns.")))
SIEGE = Card(id="d", section="s", kind="numeric", prompt="How long did the siege of Ardel last?", answer="10 days",
             number=NumberSpec(10, "days", 0, False), mistakes=(Mistake(("one week",), "Not a week."),))

ROWS = [
    (TRUCE, "1", False),
    (TRUCE, "2 1 3", False),
    (TRUCE, "12", True),
    (TRUCE, "one year", True),
    (TRUCE, "12 months", True),
    (TRUCE, "9", True),
    (TRUCE, "nine months", False),  # (a pattern of one or two characters: only the whole answer)
    (SIEGE, "1", False),  # one day
    (SIEGE, "7", True),  # seven days
    (SIEGE, "one week", True),
]


@pytest.mark.parametrize(("card", "answer", "mistake"), ROWS)
def test_mistake_figure_read_in_card_unit(card, answer, mistake):
    verdict = grade(card, answer)
    assert not verdict.correct
    assert any("known mistake" in line for line in verdict.trace) is mistake, verdict.trace
