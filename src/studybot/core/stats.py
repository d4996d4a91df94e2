"""Progress figures for the app, the CLI and reports (plain values, no UI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .session import StudySession, day_start
from .store import Store

__all__ = ["Overview", "SectionProgress", "day_shift_minutes", "progress_overview", "streak"]


def day_shift_minutes(now: datetime, day_hour: int = 4) -> int:
    """Minutes to add to a UTC time to get the learner's study-day date: the local
    UTC offset, less the hour at which a study day turns."""
    offset = now.astimezone().utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60) - day_hour * 60


def streak(store: Store, learner_id: int, pack_id: str, now: datetime, day_hour: int = 4) -> int:
    """Consecutive study days with reviews, ending today (or yesterday, if today has none yet)."""
    shift = day_shift_minutes(now, day_hour)
    days = [date.fromisoformat(d) for d in store.review_days(learner_id, pack_id, shift)]
    if not days:
        return 0
    today = (now + timedelta(minutes=shift)).date()
    expected = today if days[0] == today else today - timedelta(days=1)
    count = 0
    for day in days:
        if day != expected:
            break
        count += 1
        expected -= timedelta(days=1)
    return count


@dataclass(frozen=True)
class SectionProgress:
    section_id: str
    title: str
    cards: int
    seen: int
    mastered: int  # recalled now with probability >= 0.9
    due: int

    @property
    def mastery(self) -> float:
        return self.mastered / self.cards if self.cards else 0.0


@dataclass(frozen=True)
class Overview:
    cards: int
    seen: int
    mastered: int
    due: int
    new_left: int
    reviews_today: int
    correct_today: int
    streak: int
    sections: tuple[SectionProgress, ...]

    def summary_text(self) -> str:
        share = f"{100 * self.mastered // self.cards}%" if self.cards else "0%"
        today = (f"{self.reviews_today} review(s) today, {self.correct_today} right" if self.reviews_today
                 else "no reviews yet today")
        days = "day" if self.streak == 1 else "days"
        return (f"{self.seen} of {self.cards} cards studied · {self.mastered} mastered ({share}) · "
                f"{self.due} due now · {self.new_left} new left today\n{today} · streak {self.streak} {days}")


def progress_overview(session: StudySession, streak_days: int = 0) -> Overview:
    """Cards seen and mastered per section of the pack (mastered: FSRS recall
    probability of at least 0.9 now), due counts and today's work."""
    now = session.clock()
    states = session.store.card_states(session.learner_id, session.pack.id)
    by_section: dict[str, list[int]] = {}
    for card in session.pack.cards:
        state = states.get(card.id)
        row = by_section.setdefault(card.section, [0, 0, 0, 0])
        row[0] += 1
        if state is None or state.is_new:
            continue
        row[1] += 1
        if session.scheduling.retrievability(state, now) >= 0.9:
            row[2] += 1
        if state.due is not None and state.due <= now and not state.suspended:
            row[3] += 1
    sections = tuple(
        SectionProgress(s.id, s.title, *by_section.get(s.id, [0, 0, 0, 0])) for s in session.pack.sections
    )
    due, new_left = session.counts()
    reviews, correct = session.store.reviews_between(session.learner_id, session.pack.id,
                                                     day_start(now, session.day_hour), now)
    return Overview(
        cards=sum(s.cards for s in sections), seen=sum(s.seen for s in sections),
        mastered=sum(s.mastered for s in sections), due=due, new_left=new_left, reviews_today=reviews,
        correct_today=correct, streak=streak_days, sections=sections,
    )
