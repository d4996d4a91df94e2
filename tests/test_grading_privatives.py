"""A keypoint that denies what is done with a thing lacking ("without strong pumps the mine cannot be drained") is
not made by an answer that says it is done without the thing ("the mine is drained without pumps"): "without" /
"без" negates the thing, not the doing (`grading.privatives`). The point made with its negation, or in other words,
stays right. Invented subjects (a mine, a ferry), English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.privatives import privative_only
from tests.cards import explain

EN, RU = Grader(), Grader(language="ru")
MINE = explain("without strong steam pumps the deep mine cannot be drained")
FERRY = explain("без мощных паровых машин тяжёлый паром не пройдёт пороги")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, MINE, "the deep mine can be drained without steam pumps", False),
    (EN, MINE, "the deep mine is drained without pumps", False),
    (EN, MINE, "without steam pumps the deep mine cannot be drained", True),
    (EN, MINE, "the deep mine cannot be drained without strong steam pumps", True),
    (EN, MINE, "without strong steam pumps nobody can drain the deep mine", True),
    (RU, FERRY, "тяжёлый паром пройдёт пороги без паровых машин", False),
    (RU, FERRY, "тяжёлый паром может пройти пороги и без машин", False),
    (RU, FERRY, "без паровых машин тяжёлый паром не пройдёт пороги", True),
    (RU, FERRY, "тяжёлый паром не пройдёт пороги без мощных паровых машин", True),
    (RU, FERRY, "без мощных паровых машин тяжёлому парому пороги не пройти", True),
])
def test_a_thing_lacking_is_no_denial_of_the_doing(grader, card, given, right):
    assert grader.grade(card, given).correct is right


def test_the_rule_reads_which_word_is_denied():
    point, got = EN.prep("the mine cannot be drained"), EN.prep("the mine is drained without pumps")
    drained = (point.words.index("drained"), got.words.index("drained"))
    assert privative_only(point, got, [drained])
    denied = EN.prep("the mine is not drained without pumps")
    assert not privative_only(point, denied, [(drained[0], denied.words.index("drained"))])
