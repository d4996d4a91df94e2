"""A count answered with the card's counted noun in another case or number ("23 главы", "в 23 главах" for `unit:
глав`; "12 line" for `unit: lines`) is the count asked for; another figure is not. (A different counted noun is not
failed: "9 firms" for enterprises and "8 членов" for 8 человек are right, and the grader cannot tell another thing
from another word for the same thing.) Invented cards on a Siberian exile's book and letters."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

CHAPTERS = Card(id="n", section="s", kind="numeric", prompt="Сколько глав в книге о каторге?", answer="23 главы",
                number=NumberSpec(23, "глав", 0, False))
LINES = Card(id="n", section="s", kind="numeric", prompt="How many lines did the exile's letter have?",
             answer="12 lines", number=NumberSpec(12, "lines", 0, False))


@pytest.mark.parametrize(("card", "code", "answer", "right"), [
    (CHAPTERS, "ru", "23 главы", True),
    (CHAPTERS, "ru", "23 глав", True),
    (CHAPTERS, "ru", "в 23 главах", True),
    (CHAPTERS, "ru", "двадцать три главы", True),
    (CHAPTERS, "ru", "24 главы", False),
    (CHAPTERS, "ru", "32 главы", False),
    (LINES, "en", "12 line", True),
    (LINES, "en", "twelve lines", True),
    (LINES, "en", "13 lines", False),
])
def test_the_counted_noun_in_another_form(card, code, answer, right):
    assert Grader(language=code).grade(card, answer).correct is right
