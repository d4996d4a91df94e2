""""without" and "без" deny the phrase they govern, not the clause that goes on after it: in "without him the rival
teams quarrelled over money" the teams did quarrel. The phrase ends at a pronoun ("him", "него"), or in English at a
word an article, determiner or pronoun follows ("without wolves the deer grazed"); "without any real power" keeps
"power" denied. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import explain, one_point

EN, RU = Grader(language="en"), Grader(language="ru")

TEAMS = explain("the captain left the club", "the rival teams quarrelled over money", need=2)
DEER = one_point("the deer grazed the valley bare", "What happened to the valley?")
POWER = one_point("the council had real power", "What did the council have?")
KOMANDY = explain("капитан ушёл из клуба", "команды ссорились из-за денег", need=2)


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, TEAMS, "the captain left the club and without him the rival teams quarrelled over money", True),
    (EN, TEAMS, "the captain left the club and the rival teams quarrelled over money", True),
    (EN, TEAMS, "the captain left the club and the rival teams never quarrelled over money", False),
    (EN, DEER, "without wolves the deer grazed the valley bare", True),
    (EN, POWER, "the council was left without any real power", False),
    (RU, KOMANDY, "капитан ушёл из клуба, и без него команды ссорились из-за денег", True),
    (RU, KOMANDY, "капитан ушёл из клуба, и команды не ссорились из-за денег", False),
])
def test_without_reach(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
