"""A manner, a time or a state said in a phrase is its one word (`lexicon_phrasal.SAID_IN_ONE`, issue #11): "little by
little", "bit by bit", "step by step" make "gradually"; "at the same time" "simultaneously"; "ran dry" "dried up";
"was short of" "lacked" (and "was not short of" "did not lack"). The opposite, a denial and another state stay
wrong. Invented cards (a salt block, two bells, a well, a garrison)."""

from __future__ import annotations

import pytest

from studybot.core import preparing
from studybot.core.grading import Grader
from tests.cards import explain

ROWS = [
    ("the salt block gradually dissolved", "the salt block dissolved little by little", True),
    ("the salt block gradually dissolved", "the salt block dissolved bit by bit", True),  # (before too: no "little")
    ("the two bells rang simultaneously", "the two bells rang at the same time", True),
    ("the well dried up", "the well ran dry", True),
    ("the garrison lacked food", "the garrison was short of food", True),
    ("the garrison did not lack food", "the garrison was never short of food", True),
    ("the two bells rang simultaneously", "the two bells rang one after the other", False),
    ("the well dried up", "the well never ran dry", False),
    ("the well dried up", "the well filled up", False),
    ("the garrison lacked food", "the garrison was not short of food", False),
    ("the garrison lacked food", "the garrison was short of guns", False),
]


@pytest.mark.parametrize(("point", "given", "right"), ROWS)
def test_a_phrase_is_its_one_word(point: str, given: str, right: bool) -> None:
    assert Grader().grade(explain(point, prompt="What happened?"), given).correct is right


@pytest.mark.parametrize(("point", "given"), [(p, g) for p, g, right in ROWS if right and "bit by bit" not in g])
def test_without_the_reading_these_fail(point: str, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preparing, "_IN_ONE_CUE", preparing.re.compile(r"(?!)"))
    assert not Grader().grade(explain(point, prompt="What happened?"), given).correct
