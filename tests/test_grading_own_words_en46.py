"""English answers in a learner's own words, round 46 (issue #11). Invented cards (no pack's words).

A goal or a source given to another of the point's things is a swap only inside one clause of the answer
(`roles._goal_moved`): "repeated loading tired the steel, so cracks grew from the joints" says where the cracks grew
from, and nothing of where the loading came from; "the coast carried salt to the barges" stays the wrong way round.

A deed done with no pause said in a phrase is "continuously" (`lexicon_phrasal.SAID_IN_ONE`): "all the time", "round the
clock", "without stopping", "without a break", "nonstop", and "constantly" too; "now and then", a stop said so and a
denial stay wrong.

A share said with "every" or "each" is the share said without it (`shares`): "one in every four sacks", "two out of
every three" are 25% and 2/3; another share stays wrong.

A speed said to grow by a comparative said twice is a speeding up (`lexicon_phrasal.SAID_IN_ONE`): "the wheel turned
faster and faster", "ever faster", "more and more quickly" make "the wheel sped up" and choose "the growth of the town
is speeding up" before "the town has stopped growing"; "slower and slower" is "more slowly", a slowing down; each stays
the opposite of the other.

A thing that "blew up" exploded (`lexicon_phrasal`), and so did a bridge the rebels "blew up"; another deed and a denial
stay wrong. What "comes after" a thing follows it, what "came before" it preceded it: "the harvest will come after the
rain" is "the harvest follows the rain"; "came before" no longer makes "followed".

A point's "people" is said by a narrower noun for the people of a place (`populace`): "residents", "the townspeople",
"the locals", "Dubliners" drank the river water, as "people" did; not the other way round, nor cattle, nor a denial.

In a list one item names one point (`crossed_pairs.taken_twice`): "the creek" names the point "the creek", never "the
brook" beside it, though the dictionary gives the two as one; and an item the card gives as a known mistake names no
point by a word of it (`named_alone`: "linen" of "the hand press adapted from cider and linen presses").
A date said by its month and year, then the day ("in April 1835, the 14th", "April 1835, on the 14th") is that day
(`dates`); another day, the month alone and a count after the year ("April 1835, the 14 ships") are no such date.
"""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.dates import find_dates
from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Mistake
from tests.cards import explain, numeric, short

JOINTS = short("metal fatigue", "cracks at the joints from repeated loading", prompt="What caused the failures?")
BARGES = short("the barges carried salt to the coast", prompt="What happened?")

# (card, answer, right)
CLAUSES = [
    (JOINTS, "repeated loading tired the steel, so cracks grew from the joints", True),
    (JOINTS, "repeated loading tired the steel so cracks grew from the joints", True),
    (BARGES, "the salt was loaded, and then the coast carried it to the barges", False),
    (BARGES, "in spring the coast carried salt to the barges", False),
]


@pytest.mark.parametrize(("card", "given", "right"), CLAUSES)
def test_a_goal_is_moved_only_inside_one_clause(card, given, right):
    assert Grader().grade(card, given).correct is right


# (point, answer, right)
CONTINUOUS = [
    ("the pumps ran continuously", "the pumps ran all the time", True),
    ("the pumps ran continuously", "the pumps ran round the clock", True),
    ("the pumps ran continuously", "the pumps ran without stopping", True),
    ("the pumps ran continuously", "the pumps ran constantly", True),
    ("the guards patrolled constantly", "the guards patrolled all the time", True),
    ("the beacon was lit continuously", "the beacon burned without a break", True),
    ("the lamp burned continuously", "the lamp burned nonstop", True),
    ("the lamp burned continuously", "the lamp burned non-stop", True),
    ("the pumps ran continuously", "the pumps ran now and then", False),
    ("the pumps ran continuously", "the pumps stopped all the time", False),
    ("the pumps ran continuously", "the pumps did not run all the time", False),
]


@pytest.mark.parametrize(("point", "given", "right"), CONTINUOUS)
def test_no_pause_said_in_a_phrase_is_continuously(point, given, right):
    assert Grader().grade(explain(point, prompt="What happened?"), given).correct is right


@pytest.mark.parametrize(("point", "given"), [(p, g) for p, g, right in CONTINUOUS if right])
def test_without_the_reading_no_pause_is_not_met(point, given, monkeypatch):
    monkeypatch.setattr(preparing, "_IN_ONE_CUE", preparing.re.compile(r"(?!)"))
    assert not Grader().grade(explain(point, prompt="What happened?"), given).correct


QUARTER = numeric(25, "percent", "a quarter (25%)", tolerance=1, prompt="What share of the harvest went to the abbey?")
TWO_THIRDS = numeric(67, "%", "two-thirds (about 67%)", tolerance=1,
                     prompt="What share of the tolls did the guild keep?")

# (card, answer, right)
EVERY = [
    (QUARTER, "one in every four sacks", True),
    (QUARTER, "1 out of every 4", True),
    (QUARTER, "one sack in every four", True),
    (QUARTER, "one out of each four", True),
    (TWO_THIRDS, "two out of every three parts", True),
    (QUARTER, "one in every three sacks", False),
    (QUARTER, "two in every four", False),
    (TWO_THIRDS, "one out of every three parts", False),
]


@pytest.mark.parametrize(("card", "given", "right"), EVERY)
def test_a_share_said_with_every_is_the_share(card, given, right):
    assert Grader().grade(card, given).correct is right


TOWN = Card(id="q", section="s", kind="choice", prompt="What did the census show?",
            answer="the growth of the town is speeding up",
            options=("the growth of the town is speeding up", "the growth of the town is slowing down",
                     "the town has stopped growing", "the town is shrinking"))

# (point, answer, right)
FASTER = [
    ("the mill wheel sped up", "the mill wheel turned faster and faster", True),
    ("the mill wheel accelerated", "the mill wheel turned faster and faster", True),
    ("the mill wheel sped up", "the mill wheel turned ever faster", True),
    ("the mill wheel sped up", "the mill wheel turned more and more quickly", True),
    ("the mill wheel slowed down", "the mill wheel turned slower and slower", True),
    ("the mill wheel slowed down", "the mill wheel turned ever slower", True),
    ("the mill wheel sped up", "the mill wheel turned slower and slower", False),
    ("the mill wheel slowed down", "the mill wheel turned faster and faster", False),
    ("the mill wheel sped up", "the mill wheel never turned faster and faster", False),
]


@pytest.mark.parametrize(("point", "given", "right"), FASTER)
def test_faster_and_faster_is_speeding_up(point, given, right):
    assert Grader().grade(explain(point, prompt="What happened?"), given).correct is right


@pytest.mark.parametrize(("given", "right"), [("the town is growing faster and faster", True),
                                              ("the town grows ever faster", True),
                                              ("the town is growing slower and slower", False)])
def test_faster_and_faster_chooses_the_speeding_up(given, right):
    assert Grader().grade(TOWN, given).correct is right


# (point, answer, right)
BLOWN = [
    ("the boiler exploded", "the boiler blew up", True),
    ("the rebels exploded the bridge", "the rebels blew up the bridge", True),
    ("the boiler exploded", "the boiler cooled down", False),
    ("the boiler exploded", "the boiler never blew up", False),
]


@pytest.mark.parametrize(("point", "given", "right"), BLOWN)
def test_what_blew_up_exploded(point, given, right):
    assert Grader().grade(explain(point, prompt="What happened?"), given).correct is right


HARVEST = short("the harvest follows the rain", prompt="What did the farmers say?")

# (card, answer, right)
COME = [
    (explain("the famine followed the floods", prompt="What happened?"), "the famine came after the floods", True),
    (explain("the famine preceded the floods", prompt="What happened?"), "the famine came before the floods", True),
    (HARVEST, "that the harvest will come after the rain", True),
    (explain("the famine followed the floods", prompt="What happened?"), "the famine came before the floods", False),
    (explain("the famine preceded the floods", prompt="What happened?"), "the famine came after the floods", False),
    (HARVEST, "that the harvest comes before the rain", False),
]


@pytest.mark.parametrize(("card", "given", "right"), COME)
def test_what_comes_after_a_thing_follows_it(card, given, right):
    assert Grader().grade(card, given).correct is right


def _list(*points: str, need: int | None = None, mistakes: tuple[str, ...] = (), prompt: str = "Name them.") -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer=", ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need,
                mistakes=tuple(Mistake((m,), "No.") for m in mistakes))


WATERS = _list("the brook", "the creek", "the river", prompt="Name the three waters that fed the mill pond.")
WEATHER = _list("a snowstorm", "a blizzard", "a thaw", need=2, prompt="Name two kinds of weather the diary records.")
PRINTER = _list("lead type", "the hand press adapted from cider and linen presses", "oil ink", mistakes=("linen",),
                prompt="Name the three things the printer combined.")

# (card, answer, right)
ONE_ITEM = [
    (WATERS, "the brook, the creek and the river", True),
    (WEATHER, "a blizzard and a thaw", True),
    (PRINTER, "lead type, oil ink and the hand press", True),
    (PRINTER, "lead type, oil ink and press", True),
    (WATERS, "the creek, the river and the well", False),
    (WATERS, "the brook, the river and the well", False),
    (WEATHER, "a blizzard", False),
    (PRINTER, "lead type, oil ink and linen", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ONE_ITEM)
def test_one_item_names_one_point(card, given, right):
    assert Grader().grade(card, given).correct is right


# (point, answer, right)
PEOPLE = [
    ("people drank the river water", "residents drank the river water", True),
    ("people drank the river water", "the townspeople drank the river water", True),
    ("people drank the river water", "the locals drank the river water", True),
    ("people drank the river water", "Dubliners drank the river water", True),
    ("people drank the river water", "cattle drank the river water", False),
    ("people drank the river water", "residents never drank the river water", False),
    ("residents drank the river water", "people drank the river water", False),
]


@pytest.mark.parametrize(("point", "given", "right"), PEOPLE)
def test_people_said_by_a_narrower_noun(point, given, right):
    assert Grader().grade(explain(point, prompt="Why did the fever spread?"), given).correct is right


STORM = Card(id="d", section="s", kind="date", prompt="On what date did the storm strike the harbour?",
             answer="14 April 1835", date="1835-04-14", precision="day")


@pytest.mark.parametrize(("given", "right"), [("it was a Sunday in mid-April 1835, the 14th", True),
                                              ("in April 1835, on the 14th", True),
                                              ("April 1835, the 14th day", True),
                                              ("April 1835, the 15th", False),
                                              ("April 1835", False)])
def test_a_day_said_after_its_month_and_year(given, right):
    assert Grader().grade(STORM, given).correct is right


def test_a_count_after_the_year_is_no_day():
    assert [(d.year, d.month, d.day) for d in find_dates("April 1835, the 14 ships sailed")] == [(1835, 4, None)]
