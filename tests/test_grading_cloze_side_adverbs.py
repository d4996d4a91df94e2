"""A cloze blank that is a Russian preposition of one side ("{{перед}} мостом", "{{за}} мостом") is filled by the
adverb of that side ("впереди", "спереди"; "позади", "сзади"): it names the same place. The other side's adverb, or
the two turned round, still fail (`grading.cloze`). An invented card on a river crossing."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake

MOORED = Card(id="c", section="s", kind="cloze", prompt="Вставьте пропуски.", answer="",
              text="Лодку привязали {{перед}} мостом, а плот {{за}} мостом.", blanks=(("перед",), ("за",)),
              mistakes=(Mistake(("за, перед",), "Наоборот."),))


@pytest.mark.parametrize(("given", "right"), [
    ("перед, за", True),
    ("впереди, позади", True),
    ("спереди, сзади", True),
    ("перед, сзади", True),
    ("позади, впереди", False),  # the two sides turned round
    ("впереди, впереди", False),
    ("внизу, сзади", False),  # another side
])
def test_a_side_adverb_fills_its_preposition(given, right):
    assert Grader(language="ru").grade(MOORED, given).correct is right
