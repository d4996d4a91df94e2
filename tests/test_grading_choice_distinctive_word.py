"""A choice option answered by the one content word only it has ("попечитель" for "пожизненный попечитель",
"northern" for "the northern route", "winter" for "only in winter"): that option; a word two options share
("route", "попечитель" beside "временный попечитель"), another option's word, or only a function word ("only") picks
none. A blind Russian author's question (auth25a); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN, RU = Grader(language="en"), Grader(language="ru")


def choice(answer: str, *options: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt="Which one was it?", answer=answer, options=options)


TRUSTEE_RU = choice("пожизненный попечитель", "пожизненный попечитель", "главный архитектор", "городской голова")
TWO_TRUSTEES = choice("пожизненный попечитель", "пожизненный попечитель", "временный попечитель", "первый директор")
ROUTE = choice("the northern route", "the northern route", "the coastal route", "the river passage")
FERRY = choice("only in winter", "only in winter", "all year round", "in summer")
TRUSTEE = choice("a lifelong trustee", "a lifelong trustee", "the first headmaster", "an honorary member")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, TRUSTEE_RU, "попечитель", True),
    (RU, TRUSTEE_RU, "попечителем", True),
    (RU, TRUSTEE_RU, "архитектор", False),
    (RU, TRUSTEE_RU, "голова", False),
    (RU, TWO_TRUSTEES, "попечитель", False),
    (RU, TWO_TRUSTEES, "пожизненный попечитель", True),
    (EN, ROUTE, "northern", True),
    (EN, ROUTE, "the northern one", True),
    (EN, ROUTE, "coastal", False),
    (EN, ROUTE, "route", False),
    (EN, ROUTE, "the route", False),
    (EN, FERRY, "winter", True),
    (EN, FERRY, "only", False),
    (EN, TRUSTEE, "trustee", True),
    (EN, TRUSTEE, "he was a trustee", True),
    (EN, TRUSTEE, "member", False),
])
def test_an_option_by_the_word_only_it_has(grader: Grader, card: Card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, (answer, verdict.trace)
