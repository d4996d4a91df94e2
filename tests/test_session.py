"""Study sessions: order of cards, daily limits, undo, override, leeches, suspend, bury,
practice ahead and filters, on an injected clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studybot.core.grading import Verdict
from studybot.core.records import CardPhase
from studybot.core.scheduling import LEECH_LAPSES, Rating, Scheduling, rating_for
from studybot.core.session import StudySession


def session(mini_pack, store, clock, **kw) -> StudySession:
    return StudySession(mini_pack, store, "ann", clock=clock, scheduling=Scheduling(fuzz=False), **kw)


RIGHT = {
    "harbour-master": "Marta Olsen", "fish-exports": "$310m", "fish-direction": "fell by 12%",
    "founded": "14 June 1788", "port-facts": "42 million tonnes and exports fell", "who-built": "the church",
    "cloze-port": "42, Olsen", "build-order": "the church, the lighthouse, the bridge",
    "why-fell": "exports fell so it relied on cargo",
}


PORT = ["harbour-master", "fish-exports", "fish-direction", "port-facts", "cloze-port", "why-fell"]
HISTORY = ["founded", "who-built", "build-order"]


def test_new_cards_come_in_pack_order_with_sections_taking_turns(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    seen = []
    for _ in range(9):
        card = s.next_card()
        seen.append(card.id)
        s.answer(RIGHT[card.id])
    # each section's cards in pack order; never two of one section back to back while the
    # other has cards left (the last three are port cards: history has run out)
    assert seen == ["harbour-master", "founded", "fish-exports", "who-built", "fish-direction", "build-order",
                    "port-facts", "cloze-port", "why-fell"]
    assert [c for c in seen if c in PORT] == PORT and [c for c in seen if c in HISTORY] == HISTORY


def test_due_reviews_of_one_section_take_turns_with_other_sections(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    for _ in range(9):  # learn everything into review
        card = s.next_card()
        s.answer(RIGHT[card.id])
    clock.advance(minutes=15)
    while (card := s.next_card()) is not None:
        s.answer(RIGHT[card.id])
    clock.advance(days=60)  # every card due again
    s = session(mini_pack, store, clock)
    seen = []
    while (card := s.next_card()) is not None and len(seen) < 9:
        seen.append(card.section)
        s.answer(RIGHT[card.id])
    assert all(a != b for a, b in zip(seen[:6], seen[1:6], strict=False))  # history's three between port's
    assert sorted(seen) == sorted(["port"] * 6 + ["history"] * 3)


def test_learning_cards_come_before_new_ones(mini_pack, store, clock):
    s = session(mini_pack, store, clock, section="port")  # one section: no turns to take
    for _ in range(3):
        card = s.next_card()
        s.answer(RIGHT[card.id] if card.id != "fish-exports" else "no idea")
    clock.advance(minutes=15)  # all three are due again: the failed one and two learning steps
    again = []
    for _ in range(3):
        card = s.next_card()
        again.append(card.id)
        s.answer(RIGHT[card.id])
    assert again == ["fish-exports", "harbour-master", "fish-direction"]  # the earliest due first
    assert s.next_card().id == "port-facts"  # only then a new card


def test_a_failed_card_comes_back_in_the_session_and_the_session_ends_when_nothing_is_due_within_it(
        mini_pack, store, clock):
    s = session(mini_pack, store, clock, new_limit=1)
    card = s.next_card()
    s.answer("no idea", card)  # Again: due in a minute
    assert s.queue() == (1, 0, 0)
    assert s.next_card().id == card.id  # nothing else left: shown early (learn-ahead)
    s.answer(RIGHT[card.id])  # Good: the next step, due in ten minutes
    assert s.next_card().id == card.id  # still within the 20-minute learn-ahead limit
    outcome = s.answer(RIGHT[card.id])
    assert s.state_of(card).state == CardPhase.REVIEW and outcome.due >= clock() + timedelta(days=1)  # graduated
    assert s.next_card() is None and s.queue() == (0, 0, 0)
    assert s.next_due() == outcome.due


def test_without_learn_ahead_a_learning_card_waits_until_it_is_due(mini_pack, store, clock):
    s = session(mini_pack, store, clock, new_limit=1, learn_ahead=5)
    card = s.next_card()
    s.answer(RIGHT[card.id])  # due in ten minutes: beyond the five-minute limit
    assert s.next_card() is None and s.queue() == (0, 0, 0)
    assert s.next_due() == clock() + timedelta(minutes=10)
    clock.advance(minutes=6)
    assert s.queue() == (1, 0, 0) and s.next_card().id == card.id
    assert s.queue() == (0, 0, 0)  # the card being asked is not "left"


def test_queue_counts_what_is_left_besides_the_current_card(mini_pack, store, clock):
    s = session(mini_pack, store, clock, new_limit=4)
    s.next_card()
    assert s.queue() == (0, 0, 3)
    s.answer("no idea")
    assert s.queue() == (1, 0, 3)  # the failed card is due within the learn-ahead limit
    s.next_card()  # a new card
    assert s.queue() == (1, 0, 2)
    s.skip()
    assert s.queue() == (1, 0, 3)  # the skipped card is not left, and the limit still allows 3 more


def test_daily_new_limit_and_more_new_cards(mini_pack, store, clock):
    s = session(mini_pack, store, clock, new_limit=2)
    for _ in range(2):
        s.answer(RIGHT[s.next_card().id])
    for _ in range(2):  # their learning steps, shown early
        card = s.next_card()
        assert card.id in ("harbour-master", "founded")
        s.answer(RIGHT[card.id])
    assert s.next_card() is None
    assert s.counts() == (0, 0)
    s.more_new(1)  # "/more 1": one new card beyond the day's limit
    assert s.queue() == (0, 0, 1)
    assert s.next_card().id == "fish-exports"
    s.answer(RIGHT["fish-exports"])
    s.answer(RIGHT["fish-exports"], s.next_card())
    assert s.next_card() is None
    clock.advance(days=1)
    fresh = session(mini_pack, store, clock, new_limit=2)
    assert fresh.next_card() is not None  # a new day, new cards again


def test_daily_review_limit_leaves_learning_cards_out(mini_pack, store, clock):
    s = session(mini_pack, store, clock, new_limit=3)
    learnt = []
    while (card := s.next_card()) is not None:  # three cards into review, steps shown early
        learnt.append(card.id)
        s.answer(RIGHT[card.id])
    assert len(set(learnt)) == 3
    clock.advance(days=30)  # all three are due
    s = session(mini_pack, store, clock, new_limit=0, review_limit=1)
    assert s.queue() == (0, 1, 0)
    card = s.next_card()
    assert card.id in learnt
    s.answer("no idea")  # the one review allowed today, failed: relearning
    assert s.queue() == (1, 0, 0)  # two more are due, but the limit holds them back
    assert s.next_card().id == card.id  # a relearning step is not held back by the limit
    s.answer(RIGHT[card.id])
    assert s.next_card() is None


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
    # one new card; its learning step is not a review, and practice does not count either
    assert store.done_since(s.learner_id, mini_pack.id, clock() - timedelta(hours=5)) == (1, 0)


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


# ----------------------------------------------------------------- choice options, hints, "show me"


def test_choice_options_are_shuffled_per_review_and_letters_follow_the_shown_order(mini_pack, store, clock):
    s = session(mini_pack, store, clock, section="history", new_limit=9)
    pack_card = mini_pack.card("who-built")
    orders = set()
    for _ in range(8):
        while (card := s.next_card()) is not None and card.id != "who-built":
            s.answer(RIGHT[card.id])  # answer the others until the choice card comes
        assert card is not None
        assert sorted(card.options) == sorted(pack_card.options) and card.answer == "the church"
        orders.add(card.options)
        letter = "abc"[card.options.index("the church")]
        wrong = "abc"[card.options.index("the bridge")]
        assert s.grader.grade(card, wrong).correct is False
        outcome = s.answer(letter)
        assert outcome.verdict.correct, (card.options, letter)
        stored = store.conn.execute("SELECT answer FROM reviews ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert stored == f"{letter}) the church"  # the letter alone would mean nothing later
        s.override(False)  # relearning: the card is asked again within minutes, one review later
        clock.advance(minutes=15)
    assert len(orders) > 1  # not always the same order
    assert s.state_of(pack_card).content_hash == pack_card.content_hash  # the shown order changes nothing stored


def test_a_right_answer_after_hints_is_rated_hard_and_an_override_keeps_it_there(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    s.next_card()
    outcome = s.answer("Marta Olsen", hints=2)
    assert outcome.verdict.correct and outcome.rating == Rating.Hard and outcome.hints == 2
    s.next_card()
    wrong = s.answer("the mayor of somewhere", hints=1)
    assert wrong.rating == Rating.Again
    assert s.override(True).rating == Rating.Hard  # "I was right", but helped: Hard, not Good


def test_reveal_records_again_without_grading(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    card = s.next_card()
    outcome = s.reveal(text="I don't know")
    assert outcome.shown and outcome.rating == Rating.Again and not outcome.verdict.correct
    assert outcome.verdict.trace == () and outcome.verdict.reason == "shown"
    row = store.conn.execute("SELECT card_id, answer, correct, rating, reason FROM reviews").fetchone()
    assert row == (card.id, "I don't know", 0, 1, "shown")
    assert s.queue().learning == 1  # it comes back in the session


def test_tally_counts_right_and_wrong_per_section_in_pack_order(mini_pack, store, clock):
    s = session(mini_pack, store, clock)
    answers = {"harbour-master": "Marta Olsen", "founded": "1066", "fish-exports": "$310m", "who-built": "the church"}
    for _ in range(4):
        card = s.next_card()
        s.answer(answers[card.id])
    assert s.tally() == [("port", 2, 0), ("history", 1, 1)]
