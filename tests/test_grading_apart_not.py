"""A Russian keypoint's adjective with "не" joined that the lexical table does not know ("нечувствительны"), said by
the answer with "не" apart ("не чувствительны"), or the other way round (`grading.apart_not`, issue #11): the point
is tried with the answer's spelling, negated as it then reads; and a long point made by its other words is not made
by an answer that says that adjective bare, its opposite. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
from studybot.core.grading.apart_not import apart_wordings
from tests.cards import one_point

JOINED = one_point("эти жуки почти нечувствительны к холоду", "Почему жуки зимуют под корой?")
APART = one_point("эти жуки не чувствительны к холоду", "Почему жуки зимуют под корой?")
LONG = one_point("старые ели у северной стены сада почти нечувствительны к морозу", "Что сказал садовник?")

ROWS = [
    (JOINED, "эти жуки почти не чувствительны к холоду", True),
    (JOINED, "эти жуки не чувствительны к холоду", True),
    (JOINED, "эти жуки чувствительны к холоду", False),  # the opposite
    (JOINED, "эти жуки очень чувствительны к холоду", False),
    (APART, "эти жуки нечувствительны к холоду", True),
    (APART, "эти жуки чувствительны к холоду", False),
    # a long point made by most of its words: never by the bare adjective, its opposite
    (LONG, "старые ели у северной стены сада чувствительны к морозу", False),
    (LONG, "старые ели у северной стены сада почти не чувствительны к морозу", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_not_apart_or_joined_is_one_word(card, given, right):
    assert Grader(language="ru").grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(JOINED, ROWS[0][1]), (JOINED, ROWS[1][1]), (APART, ROWS[4][1])])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(structured, "apart_wordings", lambda wordings, got: ())
    assert not Grader(language="ru").grade(card, given).correct


def test_without_the_check_the_bare_adjective_made_the_long_point(monkeypatch):
    monkeypatch.setattr(structured, "said_bare", lambda point, got, made: False)
    assert Grader(language="ru").grade(LONG, ROWS[6][1]).correct


def test_only_an_adjective_the_answer_spells_otherwise():
    grader = Grader(language="ru")
    assert apart_wordings(("жуки нечувствительны",), grader.prep("жуки не чувствительны")) == ("жуки не чувствительны",)
    assert apart_wordings(("жуки нечувствительны",), grader.prep("жуки чувствительны")) == ()
    assert apart_wordings(("жуки не спят",), grader.prep("жуки неспят")) == ()  # a verb: no adjective's ending
    assert apart_wordings(("beetles are not sensitive",), Grader().prep("beetles are insensitive")) == ()
