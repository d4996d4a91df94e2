"""A span of years written with a dash ("1634-1637"), which the quantity reader takes as its first year, is a span
in a short answer or an `accept` wording: both ends must be given (core/grading/spans.py, `_hard_checks`). Invented
cards; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import short

EN, RU = Grader(), Grader(language="ru")

MOVED = short("between 1634 and 1637", "1634-1637", prompt="When did the fair move to the river?")
DASHED = short("1634-1637", prompt="When did the fair move to the river?")
BUILT = short("1820", prompt="When was the mill built?")
RU_SPAN = short("1634-1637", prompt="Когда ярмарку перенесли к реке?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, MOVED, "between 1634 and 1637", True),
    (EN, MOVED, "1634-1637", True),
    (EN, MOVED, "1634 - 1637", True),
    (EN, MOVED, "from 1634 to 1637", True),
    (EN, MOVED, "1634 to 1637", True),
    (EN, MOVED, "1634", False),
    (EN, MOVED, "in 1634", False),
    (EN, MOVED, "between 1634 and 1636", False),
    (EN, MOVED, "1634-1640", False),
    (EN, MOVED, "1634 to 1640", False),
    (EN, MOVED, "1624-1627", False),
    (EN, DASHED, "1634-1637", True),
    (EN, DASHED, "between 1634 and 1637", True),
    (EN, DASHED, "1634", False),
    (EN, DASHED, "1634-1638", False),
    (RU, RU_SPAN, "1634-1637", True),
    (RU, RU_SPAN, "с 1634 по 1637", True),
    (RU, RU_SPAN, "в 1634", False),
    # a wording of one year is judged as before
    (EN, BUILT, "1820", True),
    (EN, BUILT, "in 1820", True),
    (EN, BUILT, "1821", False),
])
def test_a_span_of_years_needs_both_ends(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
