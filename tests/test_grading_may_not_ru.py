"""Russian: a thing one may not do, said after it ("владеть землёй было нельзя", "... не могли", "... запрещалось"),
denies it as "не могли владеть" does: such an item of a list answer is not made. A negator of two words ("было
нельзя") counts once. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")


def rights(*points: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt="Назовите три права горожан.", answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=3)


GUILD = rights("вступать в гильдию", "выбирать старосту", "владеть землёй", "чеканить монету")


@pytest.mark.parametrize(("given", "right"), [
    ("вступать в гильдию, выбирать старосту и владеть землёй", True),
    ("вступать в гильдию, выбирать старосту, а землёй владеть было можно", True),
    ("вступать в гильдию и выбирать старосту, а землёй владеть было нельзя", False),
    ("вступать в гильдию и выбирать старосту, а землю иметь было нельзя", False),
    ("вступать в гильдию и выбирать старосту, но владеть землёй не могли", False),
    ("вступать в гильдию и выбирать старосту, но землёй владеть не могли", False),
])
def test_may_not_after(given: str, right: bool) -> None:
    assert RU.grade(GUILD, given).correct is right, RU.grade(GUILD, given).trace
