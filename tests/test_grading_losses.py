"""A thing lost said with any verb of losing or destroying it: "the guild's authority was undermined" is made by
"the guild lost its authority", "авторитет гильдии подорван" by "гильдия лишилась авторитета" or "утратила
авторитет"; a verb of gaining, a negation or another thing lost is not it. Invented subjects (`losses`,
`lexicon_losses`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import one_point

GUILD = one_point("the authority of the guild was undermined", "What did the fire do to the guild?")
GILDIYA = one_point("авторитет гильдии подорван", "Что пожар сделал с гильдией?")

ROWS = [
    ("en", GUILD, "the guild lost its authority", True),
    ("en", GUILD, "it destroyed the authority of the guild", True),
    ("en", GUILD, "the guild gained authority", False),
    ("en", GUILD, "the guild did not lose its authority", False),
    ("en", GUILD, "the guild lost its warehouses", False),
    ("ru", GILDIYA, "гильдия лишилась авторитета", True),
    ("ru", GILDIYA, "гильдия утратила авторитет", True),
    ("ru", GILDIYA, "гильдия потеряла авторитет", True),
    ("ru", GILDIYA, "гильдия не потеряла авторитет", False),
    ("ru", GILDIYA, "гильдия укрепила авторитет", False),
    ("ru", GILDIYA, "гильдия лишилась складов", False),
    ("ru", one_point("флот гильдии разгромлен", "Что стало с флотом?"), "флот гильдии был разбит", True),
    ("ru", one_point("флот гильдии разгромлен", "Что стало с флотом?"), "флот гильдии не был разбит", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_thing_lost_said_with_any_verb_of_losing(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
