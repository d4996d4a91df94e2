"""Russian near and far (round 44, issue #11): "далеко от посёлка" is no "рядом с посёлком", though the point's other
words are there (`lexicon_ru_own_words.RU_OPPOSITES`), and the words of each are synonyms ("вблизи", "недалеко от" for
"рядом с"; "вдали от" for "далеко от": `lexicon_ru.SYNONYMS`). "далеко не" (by no means) beside the point's own "рядом"
stays right."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import one_point

RU = Grader(language="ru")
MILL = one_point("мельница стоит рядом с большим посёлком", "Где стоит мельница?")
FARM = one_point("ферма стоит далеко от старой дороги", "Где ферма?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (MILL, "мельница стоит далеко от большого посёлка", False),
    (MILL, "мельница стоит вдали от большого посёлка", False),
    (FARM, "ферма стоит вблизи старой дороги", False),
    (FARM, "ферма стоит близко к старой дороге", False),
    (MILL, "мельница стоит вблизи большого посёлка", True),
    (MILL, "мельница стоит недалеко от большого посёлка", True),
    (MILL, "мельница стоит рядом с большим посёлком, хотя далеко не у каждого дома", True),
    (FARM, "ферма стоит вдали от старой дороги", True),
])
def test_near_and_far(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
