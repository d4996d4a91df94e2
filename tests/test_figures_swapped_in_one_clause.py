"""Two figures of a point or of its accepted wording given each with the other's words are a contradiction, also
when the text says both in one clause ("the north school had 40 pupils and the south school 15"; "мужчины 29% а
женщины 13%"): each figure belongs to the words before it, since the figure before. Reported by the blind authors
of round 39 (an accepted wording with the right pair let the swapped pair pass). Invented cards (two schools, two
villages, literacy of two invented guilds)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import accepting, explain

EN = Grader()
RU = Grader(language="ru")


SCHOOLS = accepting("the north school had more pupils", "the north school had 40 pupils and the south school 15",
                    prompt="How did the two schools compare?")
SCHOOLS_POINT = explain("the north school had 40 pupils and the south school 15",
                        prompt="How did the two schools compare?")
VILLAGES = accepting("в северной деревне было больше коров", "на севере коров 40 а на юге 15",
                     prompt="Чем отличались деревни?")
GUILDS = accepting("ткачи были грамотнее кузнецов", "ткачи 29% а кузнецы 13%",
                   prompt="Чем различалась грамотность ткачей и кузнецов?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, SCHOOLS, "the north school had 40 pupils and the south school 15", True),
    (EN, SCHOOLS, "the north school had 15 pupils and the south school 40", False),
    (EN, SCHOOLS, "the north school had 15 pupils, the south school 40", False),
    (EN, SCHOOLS, "40 pupils in the north school and 15 in the south", True),
    (EN, SCHOOLS_POINT, "the north school had 40 pupils and the south school 15", True),
    (EN, SCHOOLS_POINT, "the north school had 15 pupils and the south school 40", False),
    (RU, VILLAGES, "на севере коров 40 а на юге 15", True),
    (RU, VILLAGES, "на севере коров 15 а на юге 40", False),
    (RU, VILLAGES, "на севере коров 15, а на юге 40", False),
    (RU, VILLAGES, "на юге 15 коров, а на севере 40", True),  # the same pairs in another order
    (RU, GUILDS, "ткачи 29% а кузнецы 13%", True),
    (RU, GUILDS, "ткачи 13% а кузнецы 29%", False),
    (RU, GUILDS, "кузнецы 13%, ткачи 29%", True),
])
def test_figures_given_each_with_the_others_words(grader, card, given, right):
    assert grader.grade(card, given).correct is right
