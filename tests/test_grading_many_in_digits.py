"""A figure of a million or more that a wording says in words ("nine million leaflets", read as 9000000) is the same
figure written with its scale word ("9 million leaflets", "3 млн листовок"): a figure of many things, not a bare count
whose place tells what it counts, so the wording is matched on its other words once the figure is given (issue
#11). Another figure or another thing counted is still not the point. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import accepting

EN = Grader()
RU = Grader(language="ru")


LEAFLETS = accepting("leaflets sent cheaply by post", "nine million leaflets", prompt="What did the league do?")
LISTOVKI = accepting("листовки дёшево рассылали по почте", "три миллиона листовок", prompt="Что делала лига?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (LEAFLETS, "nine million leaflets", True),
    (LEAFLETS, "9 million leaflets", True),
    (LEAFLETS, "they sent about 9 million leaflets", True),
    (LEAFLETS, "about 8 million leaflets", False),  # another figure
    (LEAFLETS, "9 million posters", False),  # another thing
    (LISTOVKI, "три миллиона листовок", True),
    (LISTOVKI, "разослали 3 миллиона листовок", True),
    (LISTOVKI, "3 млн листовок", True),
    (LISTOVKI, "4 млн листовок", False),
])
def test_many_in_digits(card: Card, answer: str, right: bool) -> None:
    grader = EN if card.prompt.isascii() else RU
    assert grader.grade(card, answer).correct is right
