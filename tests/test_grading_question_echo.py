"""A keypoint's wording made only by the question's own words, each under another stem (a synonym of the pack, a
prefix): asked why the guilds joined "only as equal founders", "they were founders" gives the question back and does
not make an accepted "co-founders" ("соучредители"); asked why the towns refused the tax, "because of the tax" makes
no "levy". The wording's own words, a word of their family ("клапан впуска" for "впускной клапан", asked which
valve is open at the intake), or the question's words with others of the answer, still make it
(`grading.question_echo`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(synonyms=(("tax", "levy"),))
RU = Grader(language="ru", synonyms=(("учредители", "основатели", "соучредители"),))


def card(prompt: str, point: str, *accept: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


GUILDS = card("Почему гильдии вошли в совет только как равноправные учредители?", "они не хотели быть на вторых ролях",
              "соучредител", "на равных")
TOWNS = card("Why did the towns refuse the tax?", "the levy was too heavy", "levy")
VALVE = card("Что происходит на такте впуска? Какой клапан открыт?", "впускной клапан открыт")
TAXED = card("What did the tax do to the towns?", "the levy ruined the towns")


@pytest.mark.parametrize(("grader", "c", "answer", "right"), [
    (RU, GUILDS, "потому что они были учредителями совета", False),
    (RU, GUILDS, "хотели быть соучредителями", True),
    (RU, GUILDS, "хотели войти на равных", True),
    (EN, TOWNS, "because of the tax", False),
    (EN, TOWNS, "the levy was too heavy", True),
    (EN, TOWNS, "the levy", True),
    (EN, TAXED, "the tax ruined the towns", True),  # the question's word with another of the answer's
    (RU, VALVE, "открыт клапан впуска", True),  # the question's word of the wording's family names the valve
])
def test_the_question_given_back_makes_no_wording(grader, c, answer, right):
    assert grader.grade(c, answer).correct is right
