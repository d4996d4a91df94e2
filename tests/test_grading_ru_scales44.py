"""Russian scales said otherwise (round 44, issue #11), on invented cards: half of a scale in its other cases ("до
полумиллиона", "с полутысячей": 0.5 миллиона, 0.5 тысячи, `numbers_ru`), and "милл", "мил." for "млн" (`quantities`;
"мил" without its dot may be "миль" typed without "ь", and stays no scale). Beside them, traps that stay wrong:
another scale, another figure, "полтора" (1.5) for a half, miles."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import numeric

RU = Grader(language="ru")
CROWD = numeric(500000, "человек", "до полумиллиона человек", tolerance=0.02, prompt="Сколько человек пришло?")
HALL = numeric(500, "человек", "полтысячи человек", tolerance=0.02, prompt="Сколько мест в зале?")
FISH = numeric(60000000, "рыб", "около 60 миллионов", tolerance=0.1, prompt="Сколько рыб выпустили?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (CROWD, "до полумиллиона", True),
    (CROWD, "около полумиллиона человек", True),
    (CROWD, "с полумиллионом человек", True),
    (HALL, "около полутысячи", True),
    (CROWD, "до полутысячи", False),
    (CROWD, "около полутора миллионов", False),
    (HALL, "около полумиллиона", False),
    (FISH, "примерно 60 мил.", True),
    (FISH, "около 60 милл", True),
    (FISH, "примерно 6 мил.", False),
    (FISH, "60 миль", False),
    (FISH, "примерно 60 тыс.", False),
])
def test_scales_said_otherwise(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
