"""Round 30: a keypoint made by one of its ACCEPTED wordings said without one modifier, as the point itself may be
("the money came from dues" for the accepted "the money came from harbour dues"; "salt water ruined the engines" for
the accepted "salt water and sand ruined the engines": one of two coordinated things before their verb). The same
checks hold: another word in the modifier's place, its opposite, a negation. And a Russian noun before a noun is the
head, not a modifier: the genitive after it names another thing ("единица производства" is not made by
"производства"). Invented cards
(`grading.modifiers`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.modifiers import without_modifier
from studybot.core.matching import Prepared
from studybot.core.packs import Card, Keypoint


def _card(point: str, accept: tuple[str, ...], prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point,
                keypoints=(Keypoint(point, accept),))


TOLLS = _card("the council paid for it from the harbour tolls", ("the money came from harbour dues",),
              "How was the new lighthouse funded?")
ENGINES = _card("the hull was not sealed against the sea", ("salt water and sand ruined the engines",),
                "Why did the boat sink?")
GRADED_EN = [
    (TOLLS, "the money came from dues", True),  # "harbour" left out of the accepted wording
    (TOLLS, "the money came from river dues", False),  # another word in its place
    (TOLLS, "the money came from harbour taxes", False),
    (TOLLS, "the money came from dues of the river", False),  # another word said after its head, with "of"
    (TOLLS, "the money did not come from dues", False),
    (ENGINES, "salt water ruined the engines", True),  # one of two coordinated things
    (ENGINES, "fresh water ruined the engines", False),  # another word in the place of the one said
    (ENGINES, "salt water did not ruin the engines", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), GRADED_EN)
def test_an_accepted_wording_made_without_one_modifier(card, answer, right):
    assert Grader().grade(card, answer).correct is right


GUILD = _card("город построил мост на деньги купцов",
              ("мост оплатила гильдия речных купцов", "вода заполняет всю долину"),
              "Как построили мост и что делает вода в половодье?")
GRADED_RU = [
    ("мост оплатила гильдия купцов", True),  # "речных" left out
    ("мост оплатила гильдия морских купцов", False),  # another word in its place
    ("мост оплатила гильдия", False),  # two words left out
    ("вода заполняет долину по всей ширине", True),  # "всю" left out, said another way
    ("вода заполняет половину долины", False),
]


@pytest.mark.parametrize(("answer", "right"), GRADED_RU)
def test_a_russian_accepted_wording_made_without_one_modifier(answer, right):
    assert Grader(language="ru").grade(GUILD, answer).correct is right


def _made(text: str, answer: Prepared) -> tuple[bool, str, bool, tuple[int, ...]]:
    return True, text, False, tuple(range(len(answer.words)))  # what is left of the wording, made where it stands


HEADS = [
    ("цех — единица производства", "цех производства", False),  # a noun before its genitive: the head
    ("цех — основа производства", "цех производства", False),
    ("мост оплатила гильдия речных купцов", "мост оплатила гильдия купцов", True),  # an adjective: a modifier
    ("вода заполняет всю долину", "вода заполняет долину", True),  # a pronoun in -ю
    ("снег и лёд отражают свет", "снег отражает свет", True),  # a noun before a verb: one of two things
]


@pytest.mark.parametrize(("wording", "answer", "made"), HEADS)
def test_a_russian_head_noun_is_left_out_of_no_wording(wording, answer, made):
    prep = Grader(language="ru").prep
    assert (without_modifier(wording, prep, prep(answer), frozenset(), _made) is not None) is made
