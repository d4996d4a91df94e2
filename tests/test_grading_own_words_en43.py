"""English own words a fair teacher accepts (issue #11, round 43), on invented cards: a figure given for a verb of
where a thing is ("at 300 metres" for "the village stands at 300 metres"); a whole said "made up of" its parts for
"a mixture of" them; adjectives of a weak intensity as one ("dimmer" for "fainter"); "the other way round" for
"reversed" and "centred on" for "around"; a point's subject said by "it" where the predicate's own word is one the
question gives. Wrong figures, opposites and other subjects stay wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain, one_point

VILLAGE = one_point("the village stands at about 300 metres", "How high is the mountain village?")
LAKE = one_point("the lake sits 50 km north", "Where is the salt lake?")
TOWER = explain("the tower is fainter", "the tower lies at about 12 degrees", need=2,
                prompt="How does the far tower look from the hill?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (VILLAGE, "at 300 metres", True),
    (VILLAGE, "it is at 300 m", True),
    (VILLAGE, "300 metres", True),
    (VILLAGE, "it stands at 300 metres", True),
    (VILLAGE, "at 500 metres", False),
    (VILLAGE, "it stands at 30 metres", False),
    (LAKE, "it is 50 km north", True),
    (LAKE, "50 km north", True),
    (LAKE, "50 km south", False),
    (LAKE, "80 km north", False),
    (TOWER, "fainter, at 12 degrees", True),
    (TOWER, "it is fainter and it is at 12°", True),
    (TOWER, "fainter, at 21 degrees", False),
])
def test_figure_for_a_verb_of_place(card, answer, right):
    assert Grader().grade(card, answer).correct is right


PAINT = one_point("the grey paint is a mixture of pigments", "What did the chemist find about the grey paint?")
ALLOY = one_point("the alloy is a blend of metals", "What is the alloy?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (PAINT, "the grey paint is made up of several pigments", True),
    (PAINT, "that the grey paint consists of pigments", True),
    (PAINT, "it is composed of pigments", True),
    (PAINT, "the grey paint is a combination of pigments", True),
    (PAINT, "the grey paint is not made up of pigments", False),
    (PAINT, "the grey paint is made up of oils", False),
    (ALLOY, "it is made up of metals", True),
    (ALLOY, "it is made of stone", False),
])
def test_made_up_of_for_a_mixture_of(card, answer, right):
    assert Grader().grade(card, answer).correct is right


ECHO = one_point("the second echo is fainter", "How does the second echo differ from the first?")
LAMP = one_point("the old lamp is weaker", "How does the old lamp compare with the new one?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (ECHO, "the second echo is weaker", True),
    (ECHO, "it is dimmer", True),
    (ECHO, "it is feebler", True),
    (ECHO, "the second echo is brighter", False),
    (ECHO, "it is stronger", False),
    (ECHO, "it is louder", False),
    (ECHO, "it is not weaker", False),
    (ECHO, "it is weak", False),  # another degree
    (LAMP, "the old lamp is dimmer", True),
    (LAMP, "it is fainter", True),
    (LAMP, "it is paler", False),  # pale only of light and colour, never of force
    (LAMP, "it is brighter", False),
])
def test_adjectives_of_weak_intensity(card, answer, right):
    assert Grader().grade(card, answer).correct is right


SIGNS = one_point("the signs on the old road are reversed", "How are the signs on the old road set?")
LORRY = one_point("the lorry went the opposite way", "What did the lorry do at the crossing?")
RING = one_point("the ring is a circle around the well", "Why do the stones look like a ring?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (SIGNS, "the signs on the old road are the other way round", True),
    (SIGNS, "they are the other way around", True),
    (SIGNS, "they are in the opposite order", True),
    (SIGNS, "they are in reverse order", True),
    (SIGNS, "they are the same way round", False),
    (SIGNS, "they are the opposite way", True),
    (SIGNS, "they are not the opposite way", False),
    (LORRY, "the lorry reversed", False),  # going the opposite way is no reversing
    (LORRY, "it went the opposite way", True),
    (RING, "it is a circle centred on the well", True),
    (RING, "a circle centered on the well", True),
    (RING, "it is a circle centred on the gate", False),
])
def test_other_way_round_and_centred_on(card, answer, right):
    assert Grader().grade(card, answer).correct is right


# the subject said by "it", the question giving a word of the predicate ("circle")
FIELD = one_point("the path is a circle around the old oak",
                  "Why does the track look like an arc and not a full circle?")


@pytest.mark.parametrize(("answer", "right"), [
    ("it is a circle around the old oak", True),
    ("the path is a circle around the old oak", True),
    ("it's a circle around the old oak", True),
    ("the fence is a circle around the old oak", False),
    ("it is a circle around the barn", False),
    ("the fence forms a circle around the old oak", False),
    ("a circle around the old oak", True),
])
def test_subject_said_by_a_pronoun_where_the_question_gives_a_word(answer, right):
    assert Grader().grade(FIELD, answer).correct is right


@pytest.mark.parametrize(("card", "answer"), [
    (explain("light is reflected twice", prompt="What happens in the drop?"), "light reflects two times"),
    (explain("the bell rang two times", prompt="What did the bell do?"), "it rang twice"),
])
def test_twice_and_two_times_alike(card, answer):
    """(already so: "twice" is read "2 times"; kept as a guard)"""
    assert Grader().grade(card, answer).correct


# a long point made in part (most of its words) keeps its subject: another in its place, right before the copula
ORBIT = one_point("the comet path is a loop around the twin stars", "Why does the comet come back?")


@pytest.mark.parametrize(("answer", "right"), [
    ("it is a loop around the twin stars", True),
    ("seen from here, it is a loop around the twin stars", True),
    ("the moon is a loop around the twin stars", False),
])
def test_long_point_keeps_its_subject(answer, right):
    assert Grader().grade(ORBIT, answer).correct is right
