"""Our mirrors of fsrs's enums equal fsrs's own, member by member.

studybot keeps its own `Rating` (core/scheduling.py) and stores card states as fsrs's
integers (`CardPhase` in core/records.py, used in the store's SQL), with `NEW = 0` for a
card never reviewed. If fsrs renumbered, or a mirror drifted, ratings
would be sent wrong and the store would count the wrong reviews as scheduled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import fsrs
import pytest

from studybot.core.records import CardInfo, CardPhase, CardState, Review
from studybot.core.scheduling import Rating, Scheduling

NEW = CardPhase.NEW

# ----------------------------------------------------------------- Rating


def test_rating_has_the_members_of_fsrs_rating_in_order():
    assert [(m.name, m.value) for m in Rating] == [(m.name, m.value) for m in fsrs.Rating]


@pytest.mark.parametrize("theirs", list(fsrs.Rating), ids=lambda m: m.name)
def test_each_fsrs_rating_has_the_same_name_and_value_here(theirs):
    ours = Rating(theirs.value)
    assert ours.name == theirs.name
    assert int(ours) == int(theirs)
    assert fsrs.Rating(int(Rating[theirs.name])) is theirs  # what Scheduling.review sends to fsrs


# ----------------------------------------------------------------- card states


def test_card_phases_equal_fsrs_states():
    ours = [(m.name, m.value) for m in CardPhase if m is not CardPhase.NEW]
    assert ours == [(m.name.upper(), m.value) for m in fsrs.State]


def test_new_is_not_an_fsrs_state():
    assert NEW not in {m.value for m in fsrs.State}


def test_fsrs_states_are_the_ones_the_store_comments_name():
    # records.py: CardPhase 1..3 are fsrs's own State values
    assert [(m.name, m.value) for m in fsrs.State] == [("Learning", 1), ("Review", 2), ("Relearning", 3)]


# ----------------------------------------------------------------- the mirrors at work


def _state(fsrs_state: fsrs.State, now) -> CardState:
    """A card that was last reviewed five days ago and is now in `fsrs_state`."""
    step = None if fsrs_state is fsrs.State.Review else 0
    return CardState("p", "c", state=fsrs_state.value, step=step, stability=5.0, difficulty=5.0, due=now,
                     last_review=now - timedelta(days=5), reps=3)


@pytest.mark.parametrize("fsrs_state", list(fsrs.State), ids=lambda m: m.name)
def test_a_lapse_is_counted_only_when_a_card_in_review_is_forgotten(fsrs_state, clock):
    after = Scheduling(fuzz=False).review(_state(fsrs_state, clock()), Rating.Again, clock())
    assert after.lapses == (1 if fsrs_state is fsrs.State.Review else 0)
    assert after.state in {m.value for m in fsrs.State}


def _review(correct: bool, now) -> Review:
    return Review(pack_id="p", card_id="c", answer="x", correct=correct, score=float(correct),
                  rating=int(Rating.Good if correct else Rating.Again), reviewed_at=now)


def _scheduled(s) -> tuple[int, int, int]:
    """(reviews, scheduled, scheduled right) of the one study day."""
    return s.conn.execute("SELECT reviews, scheduled, scheduled_correct FROM review_days").fetchone()


@pytest.mark.parametrize("fsrs_state", list(fsrs.State), ids=lambda m: m.name)
def test_store_counts_as_scheduled_exactly_the_reviews_of_cards_in_fsrs_review_state(fsrs_state, store, clock):
    """record_review (Python constant), override_review, undo_review and rebuild_day_totals
    (SQL literals) must all agree with fsrs.State.Review."""
    now = clock()
    learner = store.learner("ann")
    store.sync_pack(learner, "p", [CardInfo("c", "h")], now)
    target = _state(fsrs_state, now)
    store.record_review(learner, "p", "c", lambda before: (_review(True, now), replace(target, content_hash="h")))
    assert _scheduled(store) == (1, 0, 0)  # the first review started from NEW
    review_id, after = store.record_review(learner, "p", "c", lambda before: (_review(True, now), before))
    expected = 1 if fsrs_state is fsrs.State.Review else 0
    assert _scheduled(store) == (2, expected, expected)
    store.rebuild_day_totals()
    assert _scheduled(store) == (2, expected, expected)
    store.override_review(learner, review_id, "wrong", False, int(Rating.Again), after)
    assert _scheduled(store) == (2, expected, 0)
    store.undo_review(learner, review_id)
    assert _scheduled(store) == (1, 0, 0)
