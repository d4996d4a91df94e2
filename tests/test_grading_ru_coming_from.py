"""Coming from a forebear, in Russian learners' own words (round 40, issue #11): "произойти" in its forms made on
other roots ("произошли" / "происходят" / "происхождение") is one verb (`ru_motion`), and "пошли от", "ведут
начало от", "берут начало от", "ведут свой род от" say "произошли от" (`lexicon_ru_own_words.RU_PHRASES`); another
verb of going ("ушли от") and another forebear stay wrong. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

BREEDS = one_point("все породы голубей произошли от одного предка", "Что показало скрещивание голубей?")
TONGUES = one_point("эти языки происходят от одного древнего языка", "Почему эти языки похожи?")
ORIGIN = one_point("происхождение этих пород от одной дикой лошади", "Что доказали раскопки?")
STORM = one_point("буря произошла ночью", "Когда была буря?")

ROWS = [
    (BREEDS, "все породы голубей происходят от одного предка", True),
    (BREEDS, "все породы голубей пошли от одного предка", True),
    (BREEDS, "все породы голубей ведут начало от одного предка", True),
    (BREEDS, "все породы голубей ведут свой род от одного предка", True),
    (BREEDS, "все породы голубей пошли от разных предков", False),
    (BREEDS, "все породы голубей ушли от одного предка", False),
    (TONGUES, "эти языки произошли от одного древнего языка", True),
    (TONGUES, "эти языки берут начало от одного древнего языка", True),
    (ORIGIN, "эти породы произошли от одной дикой лошади", True),
    (STORM, "буря происходила ночью", True),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_coming_from(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
