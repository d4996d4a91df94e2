"""Study sessions: order of cards, daily limits, undo, override, leeches, suspend, bury,
practice ahead and filters, on an injected clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studybot.core.grading import Verdict
from studybot.core.scheduling import LEECH_LAPSES, Rating, Scheduling, rating_for
from studybot.core.session import StudySession


def session(mini_pack, store, clock, **kw) -> StudySession:
    return StudySession(mini_pack, store, "ann", clock=clock, scheduling=Scheduling(fuzz=False), **kw)


RIGHT = {
    "harbour-master": "Marta Olsen", "fish-exports": "$310m", "fish-direction": "fell by 12%",
    "founded": "14 June 1788", "port-facts": "42 million tonnes and exports fell", "who-built": "a",
    "cloze-port": "42, Olsen", "build-order": "the church, the lighthouse, the bridge",
    "why-fell": "exports fell so it relied on cargo",
}


def test_new_cards_come_in_pack_order(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    seen = []
    for _ in range(3):
        card = s.next_card()
        seen.append(card.id)
        s.answer(RIGHT[card.id])
    assert seen == [c.id for c in mini_pack.cards[:3]]


def test_due_cards_come_before_new_ones_most_forgotten_first(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    for _ in range(3):
        card = s.next_card()
        s.answer(RIGHT[card.id] if card.id != "fish-exports" else "no idea")
    clock.advance(minutes=15)
    card = s.next_card()
    assert card.id == "fish-exports"  # failed: due again before any new card


def test_daily_new_limit(mini_pack, store, clock):
    s = session(mini_pack, store, clock, new_limit=2)
    for _ in range(2):
        s.answer(RIGHT[s.next_card().id])
    assert s.next_card() is None
    assert s.counts() == (0, 0)
    clock.advance(days=1)
    assert s.next_card() is not None  # a new day, new cards again


def test_daily_review_limit(mini_pack, store, clock):
    s = session(mini_pack, store, clock, new_limit=9, review_limit=1)
    first_three = [c.id for c in mini_pack.cards[:3]]
    for _ in range(3):
        s.answer("wrong " + s.next_card().id)
    clock.advance(minutes=20)
    assert s.next_card().id in first_three  # three reviews are due
    s.answer("still wrong")
    clock.advance(minutes=20)
    assert s.counts()[0] == 0  # the one review allowed today is done
    assert s.next_card().id == mini_pack.cards[3].id  # so a new card comes, not a due review


def test_undo_asks_the_card_again_and_restores_it(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    card = s.next_card()
    before = s.state_of(card)
    s.answer("wrong")
    assert s.undo() is card
    assert s.state_of(card) == before
    assert store.review_count(s.learner_id, mini_pack.id) == 0
    outcome = s.answer(RIGHT[card.id])
    assert outcome.verdict.correct


def test_override_reschedules_and_is_recorded(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    s.next_card()
    wrong = s.answer("Maria Olsson")
    assert not wrong.verdict.correct
    right = s.override(True)
    assert right.verdict.correct and right.overridden == "right" and right.due > wrong.due
    row = store.conn.execute("SELECT override, correct FROM reviews").fetchone()
    assert row == ("right", 1)


def test_leech_after_eight_lapses_is_suspended_and_flagged(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    card = mini_pack.cards[0]
    for _ in range(3):  # learn it into review state
        s.answer(RIGHT[card.id], card)
        clock.advance(days=3)
    for _ in range(LEECH_LAPSES):
        s.answer("nonsense", card)
        clock.advance(minutes=15)
        s.answer(RIGHT[card.id], card)
        clock.advance(days=2)
    state = s.state_of(card)
    assert state.leech and state.suspended and state.lapses >= LEECH_LAPSES


def test_suspend_and_bury(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    first = s.next_card()
    s.suspend()
    second = s.next_card()
    assert second.id != first.id
    s.bury()
    third = s.next_card()
    assert third.id not in (first.id, second.id)
    clock.advance(days=1)
    assert s.next_card().id == second.id  # buried until the next day; suspended stays away
    s.unsuspend(first)
    assert s.next_card().id == first.id


def test_practice_ahead_is_recorded_as_practice(mini_pack, store, clock):
    s = session(mini_pack, store, clock, new_limit=1)
    card = s.next_card()
    s.answer(RIGHT[card.id])
    clock.advance(minutes=15)
    s.answer(RIGHT[card.id], card)  # graduated: due in days
    assert s.next_card() is None
    ahead = session(mini_pack, store, clock, new_limit=0, practice_ahead=True)
    card2 = ahead.next_card()
    assert card2.id == card.id and ahead.current_is_practice
    outcome = ahead.answer(RIGHT[card.id])
    assert outcome.practice
    assert store.conn.execute("SELECT practice FROM reviews ORDER BY id DESC LIMIT 1").fetchone() == (1,)
    assert store.done_since(s.learner_id, mini_pack.id, clock() - timedelta(hours=5)) == (1, 1)


def test_filters_by_section_and_tag(mini_pack, store, clock):
    by_section = session(mini_pack, store, clock, section="history")
    assert by_section.next_card().section == "history"
    by_tag = session(mini_pack, store, clock, tag="people")
    assert by_tag.next_card().id == "harbour-master"
    assert by_tag.counts() == (0, 1)


@pytest.mark.parametrize(("verdict", "rating"), [
    (Verdict(False, 0.0, ""), Rating.Again),
    (Verdict(True, 1.0, "", typo=True), Rating.Hard),
    (Verdict(True, 1.0, ""), Rating.Good),
])
def test_rating_mapping(verdict, rating):
    assert rating_for(verdict) == rating


def test_easy_only_when_asked():
    assert rating_for(Verdict(True, 1.0, ""), easy=True) == Rating.Easy
    assert rating_for(Verdict(False, 0.0, ""), easy=True) == Rating.Again


def test_desired_retention_changes_intervals(mini_pack, store, clock):
    low = Scheduling(desired_retention=0.8, fuzz=False)
    high = Scheduling(desired_retention=0.95, fuzz=False)
    s = session(mini_pack, store, clock)
    state = s.state_of(mini_pack.cards[0])
    for _ in range(2):
        state_low = low.review(state, Rating.Good, clock())
        state_high = high.review(state, Rating.Good, clock())
    later = clock() + timedelta(days=5)
    a = low.review(low.review(state_low, Rating.Good, clock() + timedelta(minutes=10)), Rating.Good, later)
    b = high.review(high.review(state_high, Rating.Good, clock() + timedelta(minutes=10)), Rating.Good, later)
    assert a.due > b.due
    with pytest.raises(ValueError):
        Scheduling(desired_retention=1.5)
