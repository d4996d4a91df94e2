"""A change said by its two figures (`figure_directions`, issue #11): "the toll went from 3 to 5 pence" says the toll
rose, "the flock changed from 900 to 400 head" that it fell. Equal figures, a span of years, a range with no verb of
change ("from 700 to 900 degrees") and a verb that names its own direction are left as said. Invented subjects (no
pack's words)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.figure_directions import direction_by_figures
from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section

TOLL = Card(id="t", section="s", kind="short", prompt="How did the bridge toll change after the flood?",
            answer="It rose", accept=("it went up", "it increased"),
            mistakes=(Mistake(("it fell", "it went down"), "No: it rose."),))
FLOCK = Card(id="f", section="s", kind="short", prompt="How did the flock change in the dry years?",
             answer="It shrank", accept=("it fell", "it got smaller", "it decreased"))

ROWS = [
    (TOLL, "it went from 3 pence to 5", True),
    (TOLL, "went from about three to five pence", True),
    (TOLL, "the toll changed from 3 to 4.5 pence", True),
    (TOLL, "it went from 5 to 3 pence", False),
    (TOLL, "it went from 3 to 3 pence", False),
    (FLOCK, "it went from 900 to 400 head", True),
    (FLOCK, "the flock changed from 900 sheep to 400", True),
    (FLOCK, "it went from 400 to 900 head", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_change_said_by_its_figures(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(preparing, "direction_by_figures", lambda text: text)
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct


@pytest.mark.parametrize(("text", "read"), [
    ("it went from 3 to 5", "it rose from 3 to 5"),
    ("it moved from 5 % to 2 %", "it fell from 5 % to 2 %"),
    ("the war went from 1810 to 1820", "the war went from 1810 to 1820"),  # years: no quantity changed
    ("it went from 3 to 3", "it went from 3 to 3"),
    ("from 700 to 900 degrees", "from 700 to 900 degrees"),  # a range: no verb of change
    ("it rose from 3 to 5", "it rose from 3 to 5"),
    ("the ratio went from 1 to 2:3", "the ratio went from 1 to 2:3"),  # no plain figure after "to"
])
def test_the_reading(text, read):
    assert direction_by_figures(text) == read
