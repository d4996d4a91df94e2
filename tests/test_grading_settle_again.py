"""Grading speed without a verdict changed (issue #11): the process's first grader, after its first `SETTLE_AFTER`
grades, puts what the process holds then out of the garbage collector's reach once more (`memos.settle_again`: the
tables read on first use and its memos of the pack's texts), so a full collection no longer walks them; no other
grader does, and a grader dropped later is still collected. Invented pack and answers."""

from __future__ import annotations

import gc
import weakref

import pytest

from studybot.core import grading, memos
from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short


def _pack() -> Pack:
    card = short("the copper ladle", prompt="What did the smith cast?")
    notes = Section(id="s", title="Smiths", notes="The smith cast a copper ladle.")
    return Pack(id="smiths", title="Smiths", sections=(notes,), cards=(card,))


@pytest.fixture()
def settlings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The process as before its first grader (`memos.settled` not yet called), no real freeze; the grade counts at
    which `settle_again` is called."""
    calls: list[int] = []
    monkeypatch.setattr(memos, "_settled", [])
    monkeypatch.setattr(memos.gc, "freeze", lambda: None)
    monkeypatch.setattr(grading, "settle_again", lambda: calls.append(len(calls)))
    return calls


@pytest.mark.parametrize(("built_before", "grades", "settled_again"), [
    (0, memos.SETTLE_AFTER - 1, 0),  # the first grader, not yet at its count
    (0, memos.SETTLE_AFTER, 1),  # at it: once
    (0, memos.SETTLE_AFTER * 3, 1),  # and only once
    (1, memos.SETTLE_AFTER * 2, 0),  # a grader built after the first: never
])
def test_the_first_grader_settles_again_once_after_its_first_grades(
        settlings: list[int], built_before: int, grades: int, settled_again: int) -> None:
    for _ in range(built_before):
        Grader.for_pack(_pack())
    grader = Grader.for_pack(_pack())
    card = _pack().cards[0]
    verdicts = {grader.grade(card, answer).correct for answer in ("a copper ladle", "an iron pot")
                for _ in range(grades // 2)}
    for _ in range(grades % 2):
        grader.grade(card, "a copper ladle")
    assert verdicts == ({True, False} if grades >= 2 else set())
    assert len(settlings) == settled_again


def test_a_grader_built_directly_never_settles_again(settlings: list[int]) -> None:
    grader = Grader()
    card = _pack().cards[0]
    for _ in range(memos.SETTLE_AFTER * 2):
        assert grader.grade(card, "the copper ladle").correct
    assert settlings == []


def test_settling_again_puts_what_lives_now_out_of_reach_and_a_grader_dropped_later_is_collected() -> None:
    Grader.for_pack(_pack())  # (the process's first, whichever test builds it)
    kept = [[n] for n in range(1000)]  # (lists: objects the collector tracks)
    frozen = gc.get_freeze_count()
    memos.settle_again()
    assert gc.get_freeze_count() >= frozen + len(kept)
    grader = Grader.for_pack(_pack())
    assert grader.grade(_pack().cards[0], "the copper ladle").correct
    gone = weakref.ref(grader)
    del grader
    gc.collect()
    assert gone() is None
