"""FSRS scheduling: a Verdict becomes a Rating, a Rating moves a card state.

Rating mapping (DESIGN §4, §10): wrong -> Again; partial credit, accepted with a typo
or after hints -> Hard; a full answer -> Good; Easy only when the learner asks for it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

from .records import CardPhase, CardState

if TYPE_CHECKING:  # fsrs is imported when the first card is scheduled, not at start-up
    import fsrs

    from .grading import Verdict


class Rating(IntEnum):
    """FSRS ratings (the same values as fsrs.Rating)."""

    Again = 1
    Hard = 2
    Good = 3
    Easy = 4


__all__ = ["LEECH_LAPSES", "Rating", "Scheduling", "rating_for"]

LEECH_LAPSES = 8


def rating_for(verdict: Verdict, *, easy: bool = False, hints: int = 0) -> Rating:
    """Wrong: Again; partial, typo-accepted or helped by hints: Hard; full: Good (Easy when asked)."""
    if not verdict.correct:
        return Rating.Again
    if verdict.typo or verdict.score < 1.0 or hints > 0:
        return Rating.Hard
    return Rating.Easy if easy else Rating.Good


class Scheduling:
    """Wraps an fsrs Scheduler; pure functions of (state, rating, time)."""

    def __init__(self, desired_retention: float = 0.9, *, fuzz: bool = True,
                 learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))):
        if not 0.7 <= desired_retention <= 0.99:
            raise ValueError("desired retention must be between 0.70 and 0.99")
        self.desired_retention = desired_retention
        self.learning_steps = learning_steps
        self.fuzz = fuzz
        self._scheduler: fsrs.Scheduler | None = None

    @property
    def scheduler(self) -> fsrs.Scheduler:
        if self._scheduler is None:
            from fsrs import Scheduler

            self._scheduler = Scheduler(desired_retention=self.desired_retention, learning_steps=self.learning_steps,
                                        enable_fuzzing=self.fuzz)
        return self._scheduler

    @staticmethod
    def _to_fsrs(state: CardState, card_number: int) -> fsrs.Card:
        from fsrs import Card, State

        if state.is_new:
            return Card(card_id=card_number, state=State.Learning, step=0, due=state.due)
        return Card(card_id=card_number, state=State(state.state), step=state.step, stability=state.stability,
                    difficulty=state.difficulty, due=state.due, last_review=state.last_review)

    def review(self, state: CardState, rating: Rating, now: datetime) -> CardState:
        """The card's state after a review with `rating` at `now` (UTC-aware)."""
        if now.tzinfo is None:
            raise ValueError("review time must be timezone-aware")
        now = now.astimezone(UTC)
        if state.due is None:
            state = replace(state, due=now)
        from fsrs import Rating as FsrsRating

        card, _ = self.scheduler.review_card(self._to_fsrs(state, 1), FsrsRating(int(rating)), now)
        lapses = state.lapses + (1 if rating == Rating.Again and state.state == CardPhase.REVIEW else 0)
        leech = state.leech or lapses >= LEECH_LAPSES
        return replace(
            state,
            state=int(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
            reps=state.reps + 1,
            lapses=lapses,
            leech=leech,
            suspended=state.suspended or (leech and not state.leech),
        )

    def retrievability(self, state: CardState, now: datetime) -> float:
        if state.state == CardPhase.NEW or state.stability is None or state.last_review is None:
            return 0.0
        return float(self.scheduler.get_card_retrievability(self._to_fsrs(state, 1), now))
