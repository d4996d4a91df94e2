"""A Russian noun in the genitive after the noun it qualifies, met by the answer's relational adjective beside that
noun (round 54, issue #11: "воды Сырдарьи" / "сырдарьинской воды"): "рыбаки ловили рыбу реки" / "ловили речную
рыбу" (`ru_made_of`); and a relational adjective of a noun whose one-syllable root drops its vowel ("ледовая
разведка" / "разведка льдов", "лобная кость" / "кость лба": `relational`). Beside them, traps that stay wrong: the
adjective by another noun, another thing's adjective, another noun in the genitive."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import one_point

RU = Grader(language="ru")
FISH = one_point("рыбаки ловили рыбу реки", "Что делали рыбаки?")
LAKE = one_point("плотина лишила озеро воды реки", "Что сделала плотина?")
SCOUTS = one_point("ледовая разведка", "Чем занимались лётчики?")
BONE = one_point("лобная кость", "Куда пришёлся удар?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (FISH, "рыбаки ловили речную рыбу", True),
    (FISH, "рыбаки ловили рыбу речную", True),
    (LAKE, "озеро лишилось речной воды", True),
    (FISH, "рыбаки ловили рыбу у речной пристани", False),
    (FISH, "рыбаки ловили морскую рыбу", False),
    (LAKE, "озеро лишилось воды у речной плотины", False),
    (LAKE, "озеро лишилось озёрной воды", False),
])
def test_genitive_said_by_adjective(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


@pytest.mark.parametrize(("card", "given", "right"), [
    (SCOUTS, "вели разведку льдов", True),
    (SCOUTS, "разведка льда", True),
    (BONE, "в кость лба", True),
    (SCOUTS, "вели разведку лесов", False),
    (BONE, "в кость лап", False),
])
def test_adjective_of_a_root_losing_its_vowel(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
