"""Russian words for food are synonyms (round 44, issue #11): "продукты", "провизия", "еда" for "продовольствие"
(`lexicon_ru.SYNONYMS`). Beside them, traps that stay wrong: another cargo, the cargo's direction turned."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import one_point

RU = Grader(language="ru")
CARGO = one_point("в крепость везли продовольствие", "Что везли в крепость?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (CARGO, "в крепость везли продукты", True),
    (CARGO, "в крепость везли провизию", True),
    (CARGO, "в крепость везли еду", True),
    (CARGO, "в крепость везли порох", False),
    (CARGO, "из крепости везли продукты", False),
])
def test_food_words(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
