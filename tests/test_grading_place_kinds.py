"""A place named with another kind of place is another place (`grading.place_kinds`): asked which river the
landslide dammed, "Ferren Lake" and "Ферренское озеро" do not answer "the Ferren River", "река Ферренская", while
the name alone, with its own kind or in another case stays right; a kind the question names is no other kind.
Invented rivers and lakes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = {"en": "In 1907 a landslide dammed the Ferren River, and Ferren Lake formed above it.",
         "ru": "В 1907 году оползень перегородил реку Ферренскую, и выше завала образовалось Ферренское озеро."}
RIVER = short("Ferren", "the Ferren River", prompt="Which river did the landslide of 1907 dam?")
REKA = short("Ферренскую", "река Ферренская", prompt="Какую реку перегородил оползень 1907 года?")
LAKE = short("Ferren Lake", prompt="Which lake formed above the dam?")

ROWS = [
    ("en", RIVER, "Ferren Lake", False),
    ("en", RIVER, "the lake Ferren", False),
    ("en", RIVER, "Ferren", True),
    ("en", RIVER, "the Ferren River", True),
    ("en", RIVER, "Ferren river", True),
    ("en", LAKE, "Ferren Lake", True),
    ("ru", REKA, "Ферренское озеро", False),
    ("ru", REKA, "озеро Ферренское", False),
    ("ru", REKA, "река Ферренская", True),
    ("ru", REKA, "Ферренскую реку", True),
    ("ru", REKA, "Ферренская", True),
]


@pytest.mark.parametrize(("code", "card", "answer", "right"), ROWS)
def test_another_kind_of_place(code, card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES[code]),), cards=(card,), language=code)
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
