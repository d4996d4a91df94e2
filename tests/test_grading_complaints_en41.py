"""English complaints of the body in one form (`en_complaints`, issue #11): a sore part, a painful or aching one,
pain in it, its ache, and its hurting are one complaint ("your knee hurts" for "a sore knee", "a headache" for "your
head hurts"), and so are the ways of being short of breath; another part, a denial and a "sore point" stay wrong.
Invented cards (a climber's complaints after a storm)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.grading import Grader
from tests.cards import explain

PROMPT = "Name a complaint the climbers had after the storm."

ROWS = [
    ("a sore knee", "their knees hurt", True),
    ("a sore knee", "pain in the knee", True),
    ("a sore knee", "the knee ached", True),
    ("a sore throat", "your throat hurts", True),
    ("aching shoulders", "sore shoulders", True),
    ("shoulder pain", "their shoulders ached", True),  # (made before too: "ached" for "pain", by WordNet)
    ("a headache", "their heads hurt", True),
    ("your head hurts", "a headache", True),
    ("shortness of breath", "difficulty breathing", True),
    ("shortness of breath", "they were struggling to breathe", True),
    ("difficulty breathing", "they were out of breath", True),
    ("a sore knee", "their ankles hurt", False),  # another part
    ("a sore knee", "their knees did not hurt", False),
    ("a headache", "a stomach ache", False),
    ("a sore knee", "a sore point", False),  # no part of the body
    ("shortness of breath", "they breathed easily", False),
]


@pytest.mark.parametrize(("point", "given", "right"), ROWS)
def test_a_complaint_in_any_form(point: str, given: str, right: bool) -> None:
    assert Grader().grade(explain(point, prompt=PROMPT), given).correct is right


@pytest.mark.parametrize(("point", "given"), [(p, g) for p, g, right in ROWS if right and p != "shoulder pain"])
def test_without_the_reading_these_fail(point: str, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preparing, "complaints_said", lambda text: text)
    assert not Grader().grade(explain(point, prompt=PROMPT), given).correct
