"""A title in quotation marks is given whole: its prepositions are part of it ("«Через Урал»" is not the book
«За Уралом»), and a word of the question inside it is no word the question gives. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

URAL = Card(id="c", section="s", kind="short", prompt="Как назывались очерки Ветрова о дороге через Урал?",
            answer="«За Уралом»", accept=("За Уралом",))
ICE = Card(id="c", section="s", kind="short", prompt="What did Marsh call his book about the journey across the ice?",
           answer='"Under the Ice"')
RIVER = Card(id="c", section="s", kind="short", prompt="Which of Orlova's poems is about the river?",
             answer="«Песня о реке»")

ROWS = [
    ("ru", URAL, "За Уралом", True), ("ru", URAL, "«За Уралом»", True), ("ru", URAL, "за уралом", True),
    ("ru", URAL, "очерки «За Уралом»", True),
    ("ru", URAL, "Через Урал", False), ("ru", URAL, "По Уралу", False), ("ru", URAL, "Урал", False),
    ("ru", URAL, "Урал и люди", False), ("ru", URAL, "На Урале", False), ("ru", URAL, "Под Уралом", False),
    ("en", ICE, "Under the Ice", True), ("en", ICE, '"Under the Ice"', True), ("en", ICE, "under ice", True),
    ("en", ICE, 'his book "Under the Ice"', True),
    ("en", ICE, "Across the Ice", False), ("en", ICE, "On the Ice", False), ("en", ICE, "The Ice", False),
    ("en", ICE, "Over the Ice", False), ("en", ICE, "Ice and Sea", False), ("en", ICE, "Beyond the Ice", False),
    ("ru", RIVER, "Песня о реке", True), ("ru", RIVER, "«Песня о реке»", True),
    ("ru", RIVER, "Песня на реке", False), ("ru", RIVER, "Песня за рекой", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_quoted_title_keeps_its_prepositions(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
