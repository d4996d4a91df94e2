"""Two neighbouring letters swapped in a word of four letters, its first letter kept, are a slip when one of the
two spellings is no word of the language ("gaet" for "gate", "руак" for "рука"), in a short answer as in a cloze
blank; two words ("from" for "form", "blot" for "bolt"), a first letter moved ("agte") and letters apart stay
wrong (`slip_rules.swapped_short`). Invented cards on a lock-keeper's canal."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.slip_rules import swapped_short

from .cards import short

CLOZE = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="gate, sluice, weir",
             text="The keeper opened the {{gate}}, then the {{sluice}} beside the {{weir}}.",
             blanks=(("gate",), ("sluice",), ("weir",)))


@pytest.mark.parametrize(("card", "code", "answer", "right"), [
    (short("gate", prompt="What did the keeper open first?"), "en", "gaet", True),
    (short("the gate", prompt="What did the keeper open first?"), "en", "the gtae", True),
    (short("gate", prompt="What did the keeper open first?"), "en", "agte", False),
    (short("gate", prompt="What did the keeper open first?"), "en", "gale", False),
    (short("form", prompt="What did the keeper fill in?"), "en", "from", False),
    (short("bolt", prompt="What held the gate?"), "en", "blot", False),
    (short("рука", prompt="Чем открыли затвор?"), "ru", "руак", True),
    (short("рука", prompt="Чем открыли затвор?"), "ru", "река", False),
    (CLOZE, "en", "gaet, sluice, weir", True),
    (CLOZE, "en", "gate, sluice, wier", True),
    (CLOZE, "en", "gale, sluice, weir", False),
])
def test_two_letters_swapped_in_a_short_word(card, code, answer, right):
    assert Grader(language=code).grade(card, answer).correct is right


@pytest.mark.parametrize(("want", "have", "code", "slip"), [
    ("gate", "gaet", "en", True),
    ("gate", "gtae", "en", True),
    ("gate", "agte", "en", False),
    ("gate", "gate", "en", False),
    ("bolt", "blot", "en", False),
    ("gate", "gaetz", "en", False),
    ("ab12", "a1b2", "en", False),
])
def test_swapped_short(want, have, code, slip):
    assert swapped_short(want, have, code) is slip
