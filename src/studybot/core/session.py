"""A study session: which card next, grade and record an answer, undo, override."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from .grading import Grader, Verdict
from .packs import Card, Pack, Section
from .scheduling import Rating, Scheduling, rating_for
from .store import NEW, CardState, Review, Store, utcnow

__all__ = ["Outcome", "StudySession"]


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


class StudySession:
    """One sitting of study for one learner on one pack."""

    def __init__(self, pack: Pack, store: Store, learner: str, *, scheduling: Scheduling | None = None,
                 clock: Callable[[], datetime] = utcnow, new_limit: int = 20):
        self.pack = pack
        self.store = store
        self.clock = clock
        self.scheduling = scheduling or Scheduling()
        self.grader = Grader(pack.aliases)
        self.new_limit = new_limit
        self.learner_id = store.learner(learner)
        self.learner = learner
        store.sync_pack(self.learner_id, pack.id, [(c.id, c.content_hash) for c in pack.cards], clock())
        self.session_id = store.start_session(self.learner_id, pack.id, clock())
        self.history: list[Outcome] = []
        self.new_seen = 0
        self._asked_at: float | None = None
        self.current: Card | None = None

    # -- choosing

    def _states(self) -> dict[str, CardState]:
        return self.store.card_states(self.learner_id, self.pack.id)

    def next_card(self) -> Card | None:
        """Due cards first (the most forgotten first), then new cards in pack order."""
        now = self.clock()
        states = self._states()
        available = {
            cid: s for cid, s in states.items()
            if not s.suspended and not s.retired and (s.buried_until is None or s.buried_until <= now)
        }
        due = [s for s in available.values() if s.state != NEW and s.due is not None and s.due <= now]
        due.sort(key=lambda s: (self.scheduling.retrievability(s, now), s.due))
        card = None
        if due:
            card = self.pack.card(due[0].card_id)
        elif self.new_seen < self.new_limit:
            for c in self.pack.cards:
                s = available.get(c.id)
                if s is not None and s.state == NEW:
                    card = c
                    break
        self.current = card
        self._asked_at = time.monotonic() if card else None
        return card

    def counts(self) -> tuple[int, int]:
        """(due now, new) for this learner and pack."""
        due, new = self.store.due_count(self.learner_id, self.pack.id, self.clock())
        return due, min(new, max(0, self.new_limit - self.new_seen))

    # -- answering

    def answer(self, text: str, card: Card | None = None) -> Outcome:
        card = card or self.current
        if card is None:
            raise RuntimeError("no card is being asked")
        now = self.clock()
        verdict = self.grader.grade(card, text)
        rating = rating_for(verdict)
        before = self.store.card_state(self.learner_id, self.pack.id, card.id)
        if before is None:  # not synced (should not happen): start it now
            before = CardState(self.pack.id, card.id, card.content_hash, due=now)
        after = self.scheduling.review(before, rating, now)
        duration = int((time.monotonic() - self._asked_at) * 1000) if self._asked_at else None
        review = Review(pack_id=self.pack.id, card_id=card.id, answer=text, correct=verdict.correct,
                        score=verdict.score, rating=int(rating), reviewed_at=now, reason=verdict.reason,
                        duration_ms=duration, session_id=self.session_id)
        review_id = self.store.record_review(self.learner_id, review, before, after)
        if before.state == NEW:
            self.new_seen += 1
        outcome = Outcome(card, text, verdict, rating, review_id, after.due, self.pack.section(card.section))
        self.history.append(outcome)
        self.current = None
        return outcome

    def undo(self) -> Card | None:
        """Take back the last answer: the card returns to its earlier state and is asked again."""
        if not self.history:
            return None
        last = self.history.pop()
        before = self.store.undo_review(self.learner_id, last.review_id)
        if before is not None and before.state == NEW:
            self.new_seen = max(0, self.new_seen - 1)
        self.current = last.card
        self._asked_at = time.monotonic()
        return last.card

    def override(self, correct: bool) -> Outcome | None:
        """The learner disputes the last grade ("I was right" / "I was wrong")."""
        if not self.history:
            return None
        last = self.history[-1]
        if last.verdict.correct == correct and last.overridden is None:
            return last
        before = self.store.review_before_state(last.review_id)
        if before is None:
            return None
        rating = Rating.Good if correct else Rating.Again
        after = self.scheduling.review(before, rating, self.clock())
        label = "right" if correct else "wrong"
        self.store.override_review(self.learner_id, last.review_id, label, correct, int(rating), after)
        verdict = replace(last.verdict, correct=correct, score=1.0 if correct else 0.0,
                          feedback=f"Marked {label} by you.")
        updated = replace(last, verdict=verdict, rating=rating, due=after.due, overridden=label)
        self.history[-1] = updated
        return updated

    def finish(self) -> None:
        self.store.end_session(self.session_id, self.clock())

    # -- summary

    @property
    def reviewed(self) -> int:
        return len(self.history)

    @property
    def correct(self) -> int:
        return sum(1 for o in self.history if o.verdict.correct)
