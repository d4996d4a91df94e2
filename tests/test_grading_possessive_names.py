"""A name with a possessive ("St Oswin's Abbey") is given with or without its apostrophe, through any of its pack
aliases ("Saint Oswin's Abbey"), and with a slip in its last word; another word after it is another name. The
possessive's "'s" is dropped from the pack's names as it is from answers (`alias_variants.add_variants`). Invented
places."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

ROWS = [
    ("St Oswin's Abbey", "St Oswin's Abbey", True),
    ("St Oswin's Abbey", "st oswins abbey", True),
    ("St Oswin's Abbey", "St. Oswin's Abbey", True),
    ("St Oswin's Abbey", "Saint Oswin's Abbey", True),
    ("St Oswin's Abbey", "st. oswins abbey in durham", True),
    ("St Oswin's Abbey", "St Oswin's Abbye", True),
    ("St Oswin's Abbey", "St Oswin's Priory", False),
    ("St Oswin's Abbey", "St Oswin's Abbey Trust", False),
    ("St Oswin's Abbey", "St Edwin's Abbey", False),
]


@pytest.mark.parametrize(("answer", "given", "right"), ROWS)
def test_a_possessive_name_is_read_as_written_by_learners(answer, given, right):
    card = short(answer, prompt="In which abbey in Durham was the chronicle copied?")
    notes = f"The chronicle was copied at {answer}."
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(card,),
                aliases={answer: ("Saint Oswin's Abbey", "St. Oswin's Abbey", "St Oswin's")})
    assert Grader.for_pack(pack).grade(card, given).correct is right
