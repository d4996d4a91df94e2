"""A choice answered with a list of things of which the option chosen is only one ("closure, reopening and
expansion" for the option "Its expansion") names things the option does not, and picks nothing; an option that is
itself such a list, one thing said alone or with the question's own words, and a list of the option's own things stay
right (`grading.choice_lists`). Invented options of no pack (issue #11, a blind author's report (a))."""

from __future__ import annotations

import re

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.wording_verdicts import verdict_words

EN = Grader()
RU = Grader(language="ru")


def choice(prompt: str, answer: str, *others: str) -> Card:
    return Card(id="q", section="s", kind="choice", prompt=prompt, answer=answer, options=(answer, *others))


DOCK = choice("What happened to the Harlow dock in the 1960s?", "Its expansion", "Its sale to a private firm",
              "Its demolition", "Nothing changed")
MINE = choice("What happened to the Corve mine in 1950?", "The mine was expanded", "The mine was sold",
              "The mine was flooded", "The mine was nationalised")
LISTED = choice("What happened to the Harlow dock?", "Closure, reopening and expansion", "Expansion of the quay",
                "Sale to a private firm", "Demolition")
SHAFT = choice("Что случилось с шахтой Корв в 1950 году?", "Расширение", "Продажа", "Затопление", "Национализация")
WALLS = choice("What did the Velm council build?", "Walls and gates", "A harbour", "A bridge")


@pytest.mark.parametrize(("grader", "card", "typed", "right"), [
    (EN, DOCK, "closure, reopening and expansion", False),
    (EN, DOCK, "expansion and demolition", False),
    (EN, DOCK, "expansion", True),
    (EN, DOCK, "it was expanded", True),
    (EN, DOCK, "a", True),
    (EN, MINE, "it was closed, reopened and then expanded", False),
    (EN, MINE, "the mine was expanded", True),
    (EN, LISTED, "closure, reopening and expansion", True),
    (RU, SHAFT, "закрытие, открытие и расширение", False),
    (RU, SHAFT, "расширение", True),
    (EN, WALLS, "walls and gates", True),
    (EN, WALLS, "gates and walls", True),
])
def test_a_list_of_things_picks_no_option_of_one(grader, card, typed, right):
    assert grader.grade(card, typed).correct is right


def test_what_a_russian_learner_reads_of_a_listed_answer():
    verdict = RU.grade(SHAFT, "закрытие, открытие и расширение")
    worded = [verdict_words(line, "ru") for line in (verdict.feedback, *verdict.trace)]
    assert worded[0].endswith("в этом варианте нет: выберите один.")
    assert all(not re.search(r"[A-Za-z]{3,}", line) for line in worded), worded
