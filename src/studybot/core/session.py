"""A study session: which card next, grade and record an answer, undo, override,
suspend and bury, practice ahead, filters by section or tag, daily limits."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .clock import DAY_HOUR, day_start, study_day, utcnow
from .packs import Card, Pack, Section
from .records import CardInfo, CardPhase, CardState, Review
from .scheduling import Rating, Scheduling, rating_for
from .store import Store

if TYPE_CHECKING:
    from .grading import Grader, Verdict

__all__ = ["Outcome", "SessionOptions", "StudySession"]


@dataclass(frozen=True)
class SessionOptions:
    """How a learner wants to study: daily limits, filters, practice ahead, retention."""

    new_limit: int = 20
    review_limit: int = 200
    section: str | None = None
    tag: str | None = None
    practice_ahead: bool = False
    retention: float = 0.9


@dataclass(frozen=True)
class Outcome:
    card: Card
    answer: str
    verdict: Verdict
    rating: Rating
    review_id: int
    due: datetime
    section: Section | None
    overridden: str | None = None
    practice: bool = False
    was_new: bool = False


class StudySession:
    """One sitting of study for one learner on one pack."""

    def __init__(self, pack: Pack, store: Store, learner: str, *, scheduling: Scheduling | None = None,
                 clock: Callable[[], datetime] = utcnow, new_limit: int = 20, review_limit: int = 200,
                 section: str | None = None, tag: str | None = None, practice_ahead: bool = False,
                 retention: float = 0.9, day_hour: int = DAY_HOUR):
        self.pack = pack
        self.store = store
        self.clock = clock
        self.scheduling = scheduling or Scheduling(desired_retention=retention)
        self._grader: Grader | None = None
        self.new_limit = new_limit
        self.review_limit = review_limit
        self.section = section
        self.tag = tag
        self.practice_ahead = practice_ahead
        self.day_hour = day_hour
        self.learner = learner
        self.learner_id = store.learner(learner)
        cards = [CardInfo(c.id, c.content_hash, i, c.section, c.tags) for i, c in enumerate(pack.cards)]
        store.sync_pack(self.learner_id, pack.id, cards, clock())
        self._session_id: int | None = None  # the sessions row is written with the first answer
        self.history: list[Outcome] = []
        self.current: Card | None = None
        self.current_is_practice = False
        self._asked_at: float | None = None
        self._ahead_seen: list[str] = []
        self._skipped: list[str] = []  # put aside for the rest of this session
        self._done: tuple[datetime, int, int] | None = None  # (day start, new cards, reviews) done today

    @property
    def session_id(self) -> int:
        if self._session_id is None:
            self._session_id = self.store.start_session(self.learner_id, self.pack.id, self.clock())
        return self._session_id

    @property
    def grader(self) -> Grader:
        """The pack's grader (made on the first answer: start-up does not wait for it)."""
        if self._grader is None:
            from .grading import Grader

            self._grader = Grader(self.pack.aliases)
        return self._grader

    # -- choosing

    def _filters(self) -> dict[str, str | None]:
        return {"section": self.section, "tag": self.tag}

    def limits_left(self) -> tuple[int, int]:
        """(reviews, new cards) still allowed today. Counted from the database once a
        day and whenever another program (the same learner in another window) wrote to
        it, else kept up to date by this session's own answers."""
        today = day_start(self.clock(), self.day_hour)
        if self._done is None or self._done[0] != today or self.store.changed_elsewhere():
            new_done, reviews_done = self.store.done_since(self.learner_id, self.pack.id, today)
            self._done = (today, new_done, reviews_done)
        _, new_done, reviews_done = self._done
        return max(0, self.review_limit - reviews_done), max(0, self.new_limit - new_done)

    def _count_done(self, was_new: bool, step: int) -> None:
        if self._done is not None:
            today, new_done, reviews_done = self._done
            self._done = (today, new_done + step * was_new, reviews_done + step * (not was_new))

    def next_card(self) -> Card | None:
        """Due cards first (the most forgotten first), then new cards in pack order, then,
        when asked for, practice ahead of schedule (recorded as practice)."""
        now = self.clock()
        reviews_left, new_left = self.limits_left()
        card = None
        practice = False
        if reviews_left:
            due = self.store.due_cards(self.learner_id, self.pack.id, now, limit=5 + len(self._skipped),
                                       **self._filters())
            card = next((c for c in (self.pack.card(s.card_id) for s in due)
                         if c is not None and c.id not in self._skipped), None)
        if card is None and new_left:
            card_id = self.store.next_new(self.learner_id, self.pack.id, now, skip=tuple(self._skipped),
                                          **self._filters())
            card = self.pack.card(card_id) if card_id else None
        if card is None and self.practice_ahead:
            state = self.store.next_ahead(self.learner_id, self.pack.id, now, skip=tuple(self._ahead_seen),
                                          **self._filters())
            card = self.pack.card(state.card_id) if state else None
            practice = card is not None
        self.current, self.current_is_practice = card, practice
        self._asked_at = time.monotonic() if card else None
        return card

    def counts(self) -> tuple[int, int]:
        """(due now, new available today) for this learner, pack and filter."""
        reviews_left, new_left = self.limits_left()
        due, new = self.store.due_count(self.learner_id, self.pack.id, self.clock(), new_cap=new_left,
                                        **self._filters())
        return min(due, reviews_left), new

    # -- answering

    def answer(self, text: str, card: Card | None = None) -> Outcome:
        card = card or self.current
        if card is None:
            raise RuntimeError("no card is being asked")
        practice = self.current_is_practice and card is self.current
        now = self.clock()
        verdict = self.grader.grade(card, text)
        rating = rating_for(verdict)
        duration = int((time.monotonic() - self._asked_at) * 1000) if self._asked_at else None
        if self.store.card_state(self.learner_id, self.pack.id, card.id) is None:  # the pack changed under us
            self.store.sync_pack(self.learner_id, self.pack.id,
                                 [CardInfo(card.id, card.content_hash, len(self.pack.cards), card.section, card.tags)],
                                 now)

        started_new = []
        session_id = self.session_id  # written before the review's transaction begins

        def decide(before: CardState) -> tuple[Review, CardState]:
            started_new.append(before.state == CardPhase.NEW)
            review = Review(pack_id=self.pack.id, card_id=card.id, answer=text, correct=verdict.correct,
                            score=verdict.score, rating=int(rating), reviewed_at=now, reason=verdict.reason,
                            duration_ms=duration, session_id=session_id, practice=practice,
                            day=study_day(now, self.day_hour))
            return review, self.scheduling.review(before, rating, now)

        review_id, after = self.store.record_review(self.learner_id, self.pack.id, card.id, decide)
        if practice:
            self._ahead_seen.append(card.id)
        else:
            self._count_done(started_new[-1], +1)
        outcome = Outcome(card, text, verdict, rating, review_id, after.due or now, self.pack.section(card.section),
                          practice=practice, was_new=started_new[-1])
        self.history.append(outcome)
        self.current = None
        return outcome

    def undo(self) -> Card | None:
        """Take back the last answer: the card returns to its earlier state and is asked again."""
        if not self.history:
            return None
        last = self.history.pop()
        if self.store.undo_review(self.learner_id, last.review_id) is None:
            return None  # undone already (StoreConflict: answered again elsewhere since)
        if last.practice and last.card.id in self._ahead_seen:
            self._ahead_seen.remove(last.card.id)
        elif not last.practice:
            self._count_done(last.was_new, -1)
        self.current, self.current_is_practice = last.card, last.practice
        self._asked_at = time.monotonic()
        return last.card

    def override(self, correct: bool) -> Outcome | None:
        """The learner disputes the last grade ("I was right" / "I was wrong")."""
        if not self.history:
            return None
        last = self.history[-1]
        if last.verdict.correct == correct:
            return last
        rating = Rating.Good if correct else Rating.Again
        now = self.clock()
        label = "right" if correct else "wrong"
        after = self.store.override_review(self.learner_id, last.review_id, label, correct, int(rating),
                                           lambda before: self.scheduling.review(before, rating, now))
        if after is None:
            return None
        verdict = replace(last.verdict, correct=correct, score=1.0 if correct else 0.0,
                          feedback=f"Marked {label} by you.")
        updated = replace(last, verdict=verdict, rating=rating, due=after.due or last.due, overridden=label)
        self.history[-1] = updated
        return updated

    # -- skip, suspend and bury

    def skip(self) -> Card | None:
        """Put the current card aside for the rest of this session (it stays due)."""
        card = self.current
        if card is not None:
            self._skipped.append(card.id)
            self.current = None
        return card

    def suspend(self, card: Card | None = None) -> Card | None:
        """Stop asking a card until it is unsuspended."""
        card = card or self.current or (self.history[-1].card if self.history else None)
        if card is not None:
            self.store.set_flags(self.learner_id, self.pack.id, card.id, suspended=True)
            if card is self.current:
                self.current = None
        return card

    def unsuspend(self, card: Card) -> None:
        self.store.set_flags(self.learner_id, self.pack.id, card.id, suspended=False)

    def bury(self, card: Card | None = None) -> Card | None:
        """Put a card away until the next study day."""
        card = card or self.current or (self.history[-1].card if self.history else None)
        if card is not None:
            until = day_start(self.clock(), self.day_hour) + timedelta(days=1)
            self.store.set_flags(self.learner_id, self.pack.id, card.id, buried_until=until)
            if card is self.current:
                self.current = None
        return card

    def state_of(self, card: Card) -> CardState | None:
        return self.store.card_state(self.learner_id, self.pack.id, card.id)

    def finish(self) -> None:
        if self._session_id is not None:
            self.store.end_session(self._session_id, self.clock())

    # -- summary

    @property
    def reviewed(self) -> int:
        return len(self.history)

    @property
    def correct(self) -> int:
        return sum(1 for o in self.history if o.verdict.correct)
