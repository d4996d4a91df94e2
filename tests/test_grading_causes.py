"""A reason said with another connective than "because" (`core/causes.py`, a second reading of an answer whose point
is not made as written): "since", "due to", "owing to", "as a result of", a leading "since ..., ", and the result after
its cause ("..., so ...", "..., therefore ...", "..., which is why ..."). "Since" of time, "so" of degree, another
cause and a denied result stay wrong. Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.causes import read_causes
from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

POINT = "the ferry sank because it was overloaded"


@pytest.mark.parametrize(("answer", "right"), [
    ("it was overloaded, so the ferry sank", True),
    ("it was overloaded, therefore the ferry sank", True),
    ("it was overloaded, which is why the ferry sank", True),
    ("since it was overloaded, the ferry sank", True),
    ("the ferry sank since it was overloaded", True),
    ("the ferry sank due to being overloaded", True),
    ("the ferry sank owing to overloading", True),
    ("the ferry sank as a result of overloading", True),
    ("the ferry sank, as it was overloaded", True),
    ("it was overloaded, so the ferry did not sink", False),
    ("since 1990 the ferry was overloaded and sank", False),  # "since" of time
    ("the ferry was so overloaded", False),  # "so" of degree
    ("the ferry sank due to a storm", False),
])
def test_a_reason_said_otherwise(answer, right):
    card = explain(POINT)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="en")
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("it was overloaded, so the ferry sank", "the ferry sank because it was overloaded"),
    ("since it was overloaded, the ferry sank.", "the ferry sank because it was overloaded."),
    ("the ferry sank owing to overloading", "the ferry sank because overloading"),
    ("the ferry sank because it was overloaded, so it was lost", "the ferry sank because it was overloaded, so it "
     "was lost"),  # a "because" of its own
    ("the ferry has sailed since 1990", "the ferry has sailed since 1990"),
    ("the ferry sank, as usual", "the ferry sank, as usual"),  # "as" before no clause
    ("it was so heavy that it sank", "it was so heavy that it sank"),
    ("the ferry sank, so that is that", "the ferry sank, so that is that"),
])
def test_the_reading(text, read):
    assert read_causes(text) == read
