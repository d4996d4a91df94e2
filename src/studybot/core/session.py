"""A study session: which card next, grade and record an answer, undo, override,
suspend and bury, practice ahead, filters by section or tag, daily limits.

The queues are Anki's (DESIGN §10): cards being learned or relearned come back within
the session when due, and early (up to `learn_ahead` minutes) when nothing else is left;
then reviews due (most forgotten first), then new cards in pack order. The session has
nothing left when no card is due within the learn-ahead limit. Cards of the section just
asked wait while others are available, and a choice card's options are shuffled for
each review (the letters follow the order shown).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .clock import DAY_HOUR, day_start, study_day, utcnow
from .packs import Card, Pack, Section
from .records import CardInfo, CardPhase, CardState, PackRecord, QueueCounts, Review
from .scheduling import Rating, Scheduling, rating_for
from .store import Store

if TYPE_CHECKING:
    from .grading import Grader, Verdict

__all__ = ["LEARN_AHEAD_MINUTES", "Outcome", "SectionTally", "SessionOptions", "StudySession"]

LEARN_AHEAD_MINUTES = 20  # Anki's default learn-ahead limit


@dataclass(frozen=True)
class SessionOptions:
    """How a learner wants to study: daily limits, filters, practice ahead, retention."""

    new_limit: int = 20
    review_limit: int = 200
    section: str | None = None
    tag: str | None = None
    practice_ahead: bool = False
    retention: float = 0.9
    learn_ahead: int = LEARN_AHEAD_MINUTES  # minutes a learning card may be shown early


class SectionTally(NamedTuple):
    """Right and wrong answers of a session in one section."""

    section_id: str
    right: int
    wrong: int


class _Shown(NamedTuple):
    """A question already shown when an undo put an earlier one back: it comes next again."""

    card: Card
    practice: bool
    queue: CardPhase
    reps: int  # its reviews then: if they changed (another window), it is picked afresh


class _Pick(NamedTuple):
    card_id: str
    reps: int
    queue: CardPhase  # NEW, LEARNING or REVIEW: the queue it came from


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
    hints: int = 0  # hints taken before answering: a right answer is then at most Hard
    shown: bool = False  # the learner asked to be shown the answer ("I don't know"): Again
    leech: bool = False  # this answer made the card a leech (it is suspended)
    prev_state: int = CardPhase.NEW  # the card's phase before this answer


_LETTER = re.compile(r"\(?\s*(?:option\s+)?([a-z])\s*[).:]?")


def _recorded(card: Card, text: str) -> str:
    """The answer as stored: a choice answered by letter also names the option, since the
    letters follow an order drawn for that review ("b" -> "b) the lighthouse")."""
    m = _LETTER.fullmatch(text.strip().lower()) if card.kind == "choice" else None
    index = ord(m.group(1)) - ord("a") if m else -1
    return f"{m.group(1)}) {card.options[index]}" if m and 0 <= index < len(card.options) else text


def pack_record(pack: Pack, now: datetime) -> PackRecord:
    """What the progress database remembers of the pack studied (for `studybot report`)."""
    path = "" if pack.path.startswith("<") else str(Path(pack.path).resolve())
    return PackRecord(pack.id, path, pack.fingerprint, pack.title, now.isoformat())


class StudySession:
    """One sitting of study for one learner on one pack."""

    def __init__(self, pack: Pack, store: Store, learner: str, *, scheduling: Scheduling | None = None,
                 clock: Callable[[], datetime] = utcnow, new_limit: int = 20, review_limit: int = 200,
                 section: str | None = None, tag: str | None = None, practice_ahead: bool = False,
                 retention: float = 0.9, day_hour: int = DAY_HOUR, learn_ahead: int = LEARN_AHEAD_MINUTES):
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
        self.learn_ahead = timedelta(minutes=max(0, learn_ahead))
        self.extra_new = 0  # new cards beyond the day's limit, asked for in this session ("/more")
        self.day_hour = day_hour
        self.learner = learner
        self.learner_id = store.learner(learner)
        cards = [CardInfo(c.id, c.content_hash, i, c.section, c.tags) for i, c in enumerate(pack.cards)]
        store.sync_pack(self.learner_id, pack.id, cards, clock())
        store.remember_pack(pack_record(pack, clock()))
        self._session_id: int | None = None  # the sessions row is written with the first answer
        self.history: list[Outcome] = []
        self.current: Card | None = None
        self.current_is_practice = False
        self._current_queue = CardPhase.NEW
        self._last_section: str | None = None
        self._asked_at: float | None = None
        self._ahead_seen: list[str] = []
        self._skipped: list[str] = []  # put aside for the rest of this session
        self._displaced: list[_Shown] = []  # questions an undo took back from view, the latest last
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

            self._grader = Grader.for_pack(self.pack)
        return self._grader

    # -- choosing

    def _filters(self) -> dict[str, str | None]:
        return {"section": self.section, "tag": self.tag}

    def limits_left(self) -> tuple[int, int]:
        """(reviews, new cards) still allowed today, new cards asked for beyond the limit
        included. Counted from the database once a day and whenever another program (the
        same learner in another window) wrote to it, else kept up to date by this session's
        own answers. Learning steps count against neither."""
        today = day_start(self.clock(), self.day_hour)
        if self._done is None or self._done[0] != today or self.store.changed_elsewhere():
            new_done, reviews_done = self.store.done_since(self.learner_id, self.pack.id, today)
            self._done = (today, new_done, reviews_done)
        _, new_done, reviews_done = self._done
        return max(0, self.review_limit - reviews_done), max(0, self.new_limit + self.extra_new - new_done)

    def _count_done(self, prev_state: int, step: int) -> None:
        if self._done is not None:
            today, new_done, reviews_done = self._done
            self._done = (today, new_done + step * (prev_state == CardPhase.NEW),
                          reviews_done + step * (prev_state == CardPhase.REVIEW))

    def more_new(self, count: int) -> None:
        """Allow `count` more new cards in this session, beyond the day's limit."""
        self.extra_new += max(0, count)

    def next_card(self) -> Card | None:
        """Learning cards due now, reviews due (the most forgotten first) and new cards in
        pack order, a card of another section than the last first; then learning cards
        due within the learn-ahead limit; then, when asked for, practice ahead of schedule
        (recorded as practice). None: nothing is due within the session."""
        now = self.clock()
        shown = self._shown_again(now)
        if shown is not None:
            self.current, self.current_is_practice, self._current_queue = shown.card, shown.practice, shown.queue
            self._last_section, self._asked_at = shown.card.section, time.monotonic()
            return shown.card
        pick = self._pick(now)
        practice = False
        if pick is None and self.practice_ahead:
            state = self.store.next_ahead(self.learner_id, self.pack.id, now, skip=tuple(self._ahead_seen),
                                          **self._filters())
            pick = _Pick(state.card_id, state.reps, CardPhase.REVIEW) if state else None
            practice = pick is not None
        card = self.pack.card(pick.card_id) if pick else None
        if card is not None and pick is not None:
            card = self._shown(card, pick.reps)
            self._current_queue = pick.queue
            self._last_section = card.section
        self.current, self.current_is_practice = card, practice and card is not None
        self._asked_at = time.monotonic() if card else None
        return card

    def _shown_again(self, now: datetime) -> _Shown | None:
        """The question an undo took back from view, if it may still be asked (unchanged,
        not suspended, buried or skipped since): the learner has read it, so it comes next."""
        while self._displaced:
            shown = self._displaced.pop()
            state = self.state_of(shown.card)
            if state is not None and state.reps == shown.reps and not state.suspended and not state.retired \
                    and (state.buried_until is None or state.buried_until <= now) \
                    and shown.card.id not in self._skipped:
                return shown
        return None

    def _pick(self, now: datetime) -> _Pick | None:
        reviews_left, new_left = self.limits_left()
        store, learner, pack = self.store, self.learner_id, self.pack.id
        skip, apart = tuple(self._skipped), self._last_section
        scope = {"section": self.section, "tag": self.tag, "apart_from": apart}
        found = [_Pick(s.card_id, s.reps, CardPhase(s.state) if s.state == CardPhase.REVIEW else CardPhase.LEARNING)
                 for s in store.due_now(learner, pack, now, skip=skip, reviews=reviews_left > 0, limit=1, **scope)]
        if new_left:
            found += [_Pick(c, 0, CardPhase.NEW) for c in store.new_cards(learner, pack, now, skip=skip, limit=1,
                                                                           **scope)]
        if not found and self.learn_ahead:
            early = store.learning_due(learner, pack, now, now + self.learn_ahead, skip=skip, limit=3, **scope)
            others = [s for s in early if s.card_id != self._last_card_id()] or early
            found = [_Pick(s.card_id, s.reps, CardPhase.LEARNING) for s in others[:1]]
        found = [p for p in found if self.pack.card(p.card_id) is not None]
        apart_found = [p for p in found if self._section_of(p.card_id) != apart]
        return (apart_found or found)[0] if found else None

    def _section_of(self, card_id: str) -> str | None:
        card = self.pack.card(card_id)
        return card.section if card else None

    def _last_card_id(self) -> str | None:
        return self.history[-1].card.id if self.history else None

    @staticmethod
    def _shown(card: Card, reps: int) -> Card:
        """The card as asked this time: a choice card's options in an order drawn for this
        review (the same order for the same review, so a test or an undo sees it again)."""
        if card.kind != "choice" or len(card.options) < 2:
            return card
        options = list(card.options)
        random.Random(f"{card.id}:{reps}").shuffle(options)
        return replace(card, options=tuple(options))

    def counts(self) -> tuple[int, int]:
        """(due now, new available today) for this learner, pack and filter."""
        reviews_left, new_left = self.limits_left()
        due, new = self.store.due_count(self.learner_id, self.pack.id, self.clock(), new_cap=new_left,
                                        **self._filters())
        return min(due, reviews_left), new

    def queue(self) -> QueueCounts:
        """What the session has left besides the card being asked: learning cards due
        within the learn-ahead limit, reviews due and new cards, within the day's limits."""
        now, skip, new_left, reviews_left = self._left()
        return self.store.queue_counts(self.learner_id, self.pack.id, now, now + self.learn_ahead, skip=skip,
                                       new_cap=new_left, review_cap=reviews_left, **self._filters())

    def queue_by_section(self) -> dict[str, int]:
        """`queue()` section by section: the cards the session has left (learning, reviews and new) in
        each section id; the figures add up to `queue().total`."""
        now, skip, new_left, reviews_left = self._left()
        return self.store.queue_by_section(self.learner_id, self.pack.id, now, now + self.learn_ahead, skip=skip,
                                           new_cap=new_left, review_cap=reviews_left, **self._filters())

    def _left(self) -> tuple[datetime, list[str], int, int]:
        """(now, the cards not to count: put aside and the one asked, new cards left, reviews left)."""
        now = self.clock()
        reviews_left, new_left = self.limits_left()
        skip = list(self._skipped)
        if self.current is not None and not self.current_is_practice:
            skip.append(self.current.id)
            new_left -= self._current_queue == CardPhase.NEW
            reviews_left -= self._current_queue == CardPhase.REVIEW
        return now, skip, new_left, reviews_left

    def next_due(self) -> datetime | None:
        """When the next card of this session's pack and filter falls due."""
        return self.store.next_due_in(self.learner_id, self.pack.id, self.clock(), **self._filters())

    # -- answering

    def answer(self, text: str, card: Card | None = None, *, hints: int = 0) -> Outcome:
        """Grade and record an answer; after `hints` a right answer is rated at most Hard."""
        card = card or self.current
        if card is None:
            raise RuntimeError("no card is being asked")
        verdict = self.grader.grade(card, text)
        return self._record(card, text, verdict, rating_for(verdict, hints=hints), hints=hints)

    def reveal(self, card: Card | None = None, text: str = "") -> Outcome:
        """"Show me the answer" / "I don't know": recorded as not known (Again), ungraded."""
        from .grading import Verdict

        card = card or self.current
        if card is None:
            raise RuntimeError("no card is being asked")
        return self._record(card, text, Verdict(False, 0.0, "", reason="shown"), Rating.Again, shown=True)

    def _record(self, card: Card, text: str, verdict: Verdict, rating: Rating, *, hints: int = 0,
                shown: bool = False) -> Outcome:
        practice = self.current_is_practice and card is self.current
        now = self.clock()
        duration = int((time.monotonic() - self._asked_at) * 1000) if self._asked_at else None
        if self.store.card_state(self.learner_id, self.pack.id, card.id) is None:  # the pack changed under us
            original = self.pack.card(card.id) or card
            self.store.sync_pack(self.learner_id, self.pack.id, [CardInfo(
                card.id, original.content_hash, len(self.pack.cards), card.section, card.tags)], now)
        befores: list[CardState] = []
        session_id = self.session_id  # written before the review's transaction begins

        def decide(before: CardState) -> tuple[Review, CardState]:
            befores.append(before)
            review = Review(pack_id=self.pack.id, card_id=card.id, answer=_recorded(card, text),
                            correct=verdict.correct, score=verdict.score, rating=int(rating), reviewed_at=now,
                            reason=verdict.reason, duration_ms=duration, session_id=session_id, practice=practice,
                            day=study_day(now, self.day_hour))
            return review, self.scheduling.review(before, rating, now)

        review_id, after = self.store.record_review(self.learner_id, self.pack.id, card.id, decide)
        before = befores[-1]
        if practice:
            self._ahead_seen.append(card.id)
        else:
            self._count_done(before.state, +1)
        outcome = Outcome(card, text, verdict, rating, review_id, after.due or now, self.pack.section(card.section),
                          practice=practice, was_new=before.is_new, hints=hints, shown=shown,
                          leech=after.leech and not before.leech, prev_state=before.state)
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
        shown = self.current
        if shown is not None and shown.id != last.card.id:  # read already: it comes next again
            state = self.state_of(shown)
            self._displaced.append(_Shown(shown, self.current_is_practice, self._current_queue,
                                          state.reps if state else 0))
        if last.practice and last.card.id in self._ahead_seen:
            self._ahead_seen.remove(last.card.id)
        elif not last.practice:
            self._count_done(last.prev_state, -1)
        self.current, self.current_is_practice = last.card, last.practice
        # the queue it is asked from again is its own, not that of the card picked after it
        # (else the header counted a learning card as one of the day's new cards)
        phase = CardPhase(last.prev_state)
        self._current_queue = phase if phase in (CardPhase.NEW, CardPhase.REVIEW) else CardPhase.LEARNING
        self._asked_at = time.monotonic()
        return last.card

    def override(self, correct: bool) -> Outcome | None:
        """The learner disputes the last grade ("I was right" / "I was wrong")."""
        if not self.history:
            return None
        last = self.history[-1]
        if last.verdict.correct == correct:
            return last
        aided = last.hints or last.shown  # helped to the answer: at most Hard, as for an answer after hints
        rating = (Rating.Hard if aided else Rating.Good) if correct else Rating.Again
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

    def tally(self) -> list[SectionTally]:
        """Right and wrong answers of this session per section, in the pack's order."""
        counts: dict[str, list[int]] = {}
        for outcome in self.history:
            counts.setdefault(outcome.card.section, [0, 0])[0 if outcome.verdict.correct else 1] += 1
        order = {s.id: i for i, s in enumerate(self.pack.sections)}
        return [SectionTally(sid, right, wrong)
                for sid, (right, wrong) in sorted(counts.items(), key=lambda kv: order.get(kv[0], len(order)))]
