"""A Russian lack said the other usual ways (issue #11, answers in learners' own words): where a point says one ("не
хватало железа", "нехватка железа", "железа было недостаточно", all read as "нужно больше железа"), the answer's
"недостаток железа", "дефицит железа", "мало железа", "железа было (очень, слишком) мало" make it too, and the
other way round: "в кузнице было мало железа" is made by "не хватало железа", "нехватка железа". Plenty, a
surplus, "не мало", a lack of another thing and "мало кто" do not, nor does a weight's "мало весит"; and "мало" alone
does not make a lack of a point that says only little of a thing. Invented cards (a smithy, a winter camp)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

IRON = one_point("кузнецам не хватало железа", "Почему кузница простаивала?")
FODDER = one_point("зимой не хватало корма, и олени голодали", "Почему олени голодали?")
SHORTAGE = one_point("нехватка железа", "Почему кузница простаивала?")
LITTLE = one_point("в кузнице было мало железа", "Почему кузница простаивала?")

ROWS = [
    (IRON, "кузнецам не хватало железа", True),
    (IRON, "у кузнецов был недостаток железа", True),
    (IRON, "у кузнецов был дефицит железа", True),
    (IRON, "у кузнецов было мало железа", True),
    (IRON, "у кузнецов было очень мало железа", True),
    (IRON, "железа у кузнецов было слишком мало", True),
    (IRON, "у кузнецов было много железа", False),
    (IRON, "у кузнецов был избыток железа", False),
    (IRON, "у кузнецов было не мало железа", False),
    (IRON, "у кузнецов было мало угля", False),
    (IRON, "мало кто из кузнецов брал железо", False),
    (IRON, "железо кузнецов мало весит", False),
    (FODDER, "зимой корма было мало, и олени голодали", True),
    (FODDER, "зимой был дефицит корма, и олени голодали", True),
    (SHORTAGE, "железа было мало", True),
    (SHORTAGE, "железа было много", False),
    # and the other way round: little of a thing is made by a lack of it
    (LITTLE, "в кузнице не хватало железа", True), (LITTLE, "в кузнице была нехватка железа", True),
    (LITTLE, "в кузнице железа было недостаточно", True),
    (LITTLE, "в кузнице хватало железа", False), (LITTLE, "в кузнице не хватало угля", False),
    (LITTLE, "в кузнице было много железа", False),
    # the lack in another clause than the thing: no lack of it
    (IRON, "у кузнецов железа хватало, но угля было мало", False),
    (LITTLE, "в кузнице железа хватало, но не хватало угля", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_lack_said_otherwise_is_a_lack(card: Card, given: str, right: bool) -> None:
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS
                                             if right and (card is LITTLE or "не хватало" not in given)])
def test_without_the_reading_these_fail(card: Card, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structured, "lack_as_shortage", lambda *args: None)
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct


def test_little_alone_is_no_lack() -> None:
    """A point of little of a thing is not made by a lack read from the answer's "мало" the other way round."""
    card = one_point("в руде мало железа", "Почему рудник закрыли?")
    assert not Grader.for_pack(_pack(card)).grade(card, "в руде много железа").correct
