"""A short answer that gives a wording's count as a count of another thing (issue #11): what a wording's figure
counts may go without saying ("seven" for "seven beacons"), and a word the language does not know may be the
learner's own name for it; but a known word for another thing ("seven towers"), which is neither the wording's
thing, nor a synonym or relative of it, nor a general word for things or people, counts another thing. Invented
cards of no pack, in English and Russian; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, *accept: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


BEACONS = short("Seven beacons", prompt="What stood along the causeway?")
TOWER = short("Made of six hyperboloids", prompt="What is the mast made of?")
FLOORS = short("Four storeys", prompt="How was the granary built?")
CREW = short("Five lamplighters", prompt="Who tended the causeway at night?")
MAYAKI = short("Семь маяков", prompt="Что стояло вдоль дамбы?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (BEACONS, "seven beacons", True),
    (BEACONS, "7", True),  # the thing goes without saying
    (BEACONS, "seven", True),
    (BEACONS, "seven towers", False),  # a known word for another thing
    (BEACONS, "7 bridges", True),  # a word the language's table does not know: maybe the learner's own name
    (BEACONS, "seven parts", True),  # a general word names no other thing
    (BEACONS, "seven of them", True),
    (BEACONS, "seven beakons", True),  # a slip of the thing's own word
    (BEACONS, "eight beacons", False),  # (the figure itself, as before)
    (TOWER, "from 6 sections", False),
    (TOWER, "six pyramids", False),
    (TOWER, "six hyperboloids", True),
    (TOWER, "6 hyperboloid shells", True),  # the thing said, another word after it
    (FLOORS, "four floors", True),  # a synonym of the thing
    (FLOORS, "four towers", False),
    (CREW, "five people", True),  # a general word for people
    (CREW, "five men", True),
    (CREW, "five boats", False),
    (MAYAKI, "семь маяков", True),
    (MAYAKI, "7", True),
    (MAYAKI, "семь частей", True),  # a general word
    (MAYAKI, "семь секций", False),  # a known word for another thing
])
def test_another_thing_counted(card: Card, answer: str, right: bool) -> None:
    grader = RU if card.prompt[0] in "ЧК" else EN
    assert grader.grade(card, answer).correct is right


NIGHT = short("In one night", prompt="How long did the engineer take to draw up the plan?")
NOCH = short("За одну ночь", prompt="За какое время инженер придумал проект?")
SHIPS = short("Three ships", prompt="What did the expedition sail with?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (NIGHT, "in one night", True),
    (NIGHT, "in 1 night", True),
    (NIGHT, "in a single night", True),
    (NIGHT, "in one week", False),  # a unit counted in the thing's place: one week is no one night
    (NIGHT, "one hour", False),  # (a unit is no kind of the thing, though both are times)
    (NIGHT, "in one year", False),
    (NOCH, "за одну ночь", True),
    (NOCH, "за 1 ночь", True),
    (NOCH, "за одну неделю", False),
    (NOCH, "за один час", False),
    (SHIPS, "three ships", True),
    (SHIPS, "3", True),
    (SHIPS, "three years", False),
    (SHIPS, "3 weeks", False),
])
def test_a_unit_counted_in_the_things_place(card: Card, answer: str, right: bool) -> None:
    grader = RU if card.prompt[0] in "ЧКЗ" else EN
    assert grader.grade(card, answer).correct is right
