"""Learners' own words in Russian: a verb said in its other aspect, its root's last consonant alternated ("защитил" /
"защищал", "посетил" / "посещал", "ответил" / "отвечал", "пригласил" / "приглашал", "снабдил" / "снабжал",
"укрепили" / "укрепляли", "превратилось" / "превращается", "запустили" / "запускали"), its root's "о" made "а" before
"-ива-" ("устроили" / "устраивали", "остановили" / "останавливали"), "-ва-" after a vowel ("создали" / "создавали"),
"-им-" for "-я-" ("принял" / "принимал"). Cards on invented subjects of no pack (a border fort,
an envoy, a mill town); each row says what a fair teacher would mark: the same claim passes; another verb, a denial,
another thing fail."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")


def point(text: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Что произошло?", answer=text,
                keypoints=(Keypoint(text, ()),))


FORT = point("гарнизон защитил крепость")
ENVOY = point("посол посетил столицу")
REPLY = point("князь ответил на письмо")
GUESTS = point("царь пригласил мастеров")
BREAD = point("монастырь снабжал город хлебом")
WALLS = point("город укрепили")
POND = point("пруд превращается в болото")
MILL = point("купцы устроили ярмарку")
DAM = point("плотину остановили")
ROCKET = point("ракету запустили осенью")
SCHOOL = point("монахи создали школу")
LAW = point("совет принял закон")

ROWS = [
    (FORT, "гарнизон защищал крепость", True),
    (FORT, "крепость защищал гарнизон", True),
    (FORT, "гарнизон не защищал крепость", False),  # trap: denied
    (FORT, "гарнизон сдал крепость", False),  # trap: another verb
    (ENVOY, "посол посещал столицу", True),
    (ENVOY, "посол посещал порт", False),  # trap: another place
    (REPLY, "князь отвечал на письмо", True),
    (REPLY, "князь не отвечал на письмо", False),
    (GUESTS, "царь приглашал мастеров", True),
    (GUESTS, "царь выгонял мастеров", False),
    (BREAD, "монастырь снабдил город хлебом", True),
    (BREAD, "монастырь снабдил город солью", False),
    (WALLS, "город укрепляли", True),
    (WALLS, "город разрушали", False),
    (POND, "пруд превратился в болото", True),
    (MILL, "купцы устраивали ярмарку", True),
    (MILL, "купцы запрещали ярмарку", False),
    (DAM, "плотину останавливали", True),
    (ROCKET, "ракету запускали осенью", True),
    (ROCKET, "ракету запускали весной", False),  # trap: another time
    (SCHOOL, "монахи создавали школу", True),
    (SCHOOL, "монахи закрывали школу", False),
    (LAW, "совет принимал закон", True),
    (LAW, "совет не принимал закон", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_verb_in_its_other_aspect_with_an_alternated_consonant(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right
