"""Russian diminutives in "-очк-" and a "к" turned "ч" before "-ок" (round 44, issue #11): "лампа" / "лампочка",
"звезда" / "звёздочка", "сумка" / "сумочка", "знак" / "значок" name one thing (`ru_diminutives`). Beside them, traps
that stay wrong: another word of the same start ("лампада", "значение")."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import short

RU = Grader(language="ru")


@pytest.mark.parametrize(("card", "given", "right"), [
    (short("настольные лампочки Эдисона"), "настольные лампы Эдисона", True),
    (short("настольная лампа Эдисона"), "настольная лампочка Эдисона", True),
    (short("сумочка почтальона"), "сумка почтальона", True),
    (short("нагрудный знак сапёра"), "нагрудный значок сапёра", True),
    (short("звёздочка героя"), "звезда героя", True),
    (short("настольная лампа Эдисона"), "настольная лампада Эдисона", False),
    (short("нагрудный знак сапёра"), "нагрудное значение сапёра", False),
])
def test_diminutives(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
