"""Wrong answers the grader once accepted. A comparative and its plain adjective ("safe" for "safer"), or "less X"
for "Xer", are another degree, not a typo of it, while a slip in the comparative ("safter", "saffer") stays a typo.
A choice answer that names two options apart ("the north tower, the south tower") is a hedge, as "north and south"
is. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import explain, numeric, short


def _grade(card: Card, given: str, code: str = "en") -> bool:
    pack = Pack(id="t", title="t", language=code, sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    return Grader.for_pack(pack).grade(card, given).correct


ROADS = short("It made the roads safer", prompt="What did the new lights do?")
WINTERS = short("the winters grew colder", prompt="How did the climate change?")
MEETINGS = short("more high-ranking official meetings", prompt="What showed the new commitment of the two towns?")

SHORT_ROWS = [
    (ROADS, "it made the roads safer", True),
    (ROADS, "It made the roads safter", True),
    (ROADS, "it made the roads saffer", True),
    (ROADS, "made the roads safer", True),
    (ROADS, "it made the roads less safe", False),
    (ROADS, "it made the roads safe", False),
    (ROADS, "it made the roads unsafe", False),
    (WINTERS, "the winters grew colder", True),
    (WINTERS, "the winters grew cold", False),
    (WINTERS, "the winters grew less cold", False),
    (MEETINGS, "more and higher-ranking official meetings", True),  # a degree of a compound ("high-ranking")
    (MEETINGS, "fewer high-ranking official meetings", False),
]


@pytest.mark.parametrize(("card", "given", "right"), SHORT_ROWS)
def test_a_comparative_is_not_a_typo_of_its_plain_adjective(card, given, right):
    assert _grade(card, given) is right


TOWERS = Card(id="c", section="s", kind="choice", prompt="Which tower fell first?", answer="the north tower",
              options=("the north tower", "the south tower", "the west tower"))

CHOICE_ROWS = [
    ("the north tower", True),
    ("the nrth tower", True),
    ("north", True),
    ("the north tower, because it was the oldest", True),
    ("the north tower, the south tower", False),
    ("the north tower; the south tower", False),
    ("the north tower, the west tower", False),
    ("the south tower, the north tower", False),
    ("north, south", False),
    ("north and south", False),
]


@pytest.mark.parametrize(("given", "right"), CHOICE_ROWS)
def test_two_options_named_apart_are_a_hedge(given, right):
    assert _grade(TOWERS, given) is right


FLOW = Card(id="c", section="s", kind="choice", prompt="Which way does the salt move?",
            answer="from the cell into the sea",
            options=("from the cell into the sea", "from the sea into the cell", "from the sea into the river"))

FLOW_ROWS = [
    ("from the cell into the sea", True),
    ("into the sea from the cell", True),
    ("out of the cell into the sea", True),
    ("into the cell from the sea", False),
    ("from the sea into the cell", False),
    ("from sea to cell", False),
]


@pytest.mark.parametrize(("given", "right"), FLOW_ROWS)
def test_two_options_of_the_same_words_are_told_apart_by_their_prepositions(given, right):
    assert _grade(FLOW, given) is right


CLOCK = numeric(38, "microseconds", "38 microseconds a day",
                prompt="By how much do the tower clocks run fast each day?")
TRAIN = explain("the new trains were faster than the old ones", prompt="How did the new trains compare?")

SPEED_ROWS = [
    (CLOCK, "38 microseconds", True),
    (CLOCK, "they run fast by 38 microseconds", True),
    (CLOCK, "they run 38 microseconds fast", True),
    (CLOCK, "they run slow by 38 microseconds", False),
    (CLOCK, "38 microseconds slow", False),
    (CLOCK, "they run fast by 83 microseconds", False),
    (TRAIN, "the new trains were faster than the old ones", True),
    (TRAIN, "the new trains were slower than the old ones", False),
]


@pytest.mark.parametrize(("card", "given", "right"), SPEED_ROWS)
def test_fast_and_slow_are_opposites(card, given, right):
    assert _grade(card, given) is right
