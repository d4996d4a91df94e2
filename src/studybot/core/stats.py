"""Progress figures for the app's Progress mode, `studybot stats` and `studybot report`.

Plain values computed from progress.db (through the store's aggregate queries) and
the pack; nothing here draws. Days are the learner's study days: local time, turning
at `day_hour` o'clock.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .clock import DAY_HOUR, day_shift_minutes, study_date
from .packs import Pack
from .records import CardPhase, CardState, QueueCounts
from .scheduling import Scheduling
from .store import Store, StoreError

__all__ = ["MASTERY_RULE", "MASTERY_STABILITY_DAYS", "CardReport", "Progress", "Report", "SectionProgress",
           "SectionSpread", "is_mastered", "learner_progress", "report", "streak"]

# Mastered (DESIGN §10), the one definition behind the Progress mode, `stats` and `report`:
# a card in review (not new, not being learned or relearned after a failure), not a leech,
# whose FSRS stability is at least three weeks. FSRS stability is the interval at which
# recall falls to 90%, so a mastered card is still recalled with probability >= 0.9 three
# weeks after its last review. Every card is recalled right after a review; that is not it.
MASTERY_STABILITY_DAYS = 21.0
MASTERY_RULE = "in review with FSRS stability of at least 21 days (recall still >= 90% three weeks on)"

HEATMAP_WEEKS = 26
RETENTION_WEEKS = 12
FORECAST_DAYS = 30
# the weakest cards are those least likely recalled this many days ahead: right after a session every card
# just reviewed is recalled now (100%), and a card failed minutes ago looked no weaker than one known well
WEAK_AHEAD_DAYS = 7


def is_mastered(state: CardState) -> bool:
    """The rule of MASTERY_STABILITY_DAYS for one card state (the store counts it in SQL)."""
    return (state.state == CardPhase.REVIEW and not state.leech
            and (state.stability or 0.0) >= MASTERY_STABILITY_DAYS)


def streak(store: Store, learner_id: int, pack_id: str, now: datetime, day_hour: int = DAY_HOUR) -> int:
    """Consecutive study days with reviews, ending today (or yesterday, if today has none yet)."""
    days = [date.fromisoformat(d) for d in store.review_days(learner_id, pack_id)]
    if not days:
        return 0
    today = study_date(now, day_hour)
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
    mastered: int  # see MASTERY_STABILITY_DAYS
    due: int
    # what the study session has left of this section, as its header counts it: learning cards due within the
    # session, reviews due and the new cards it would ask (None: no session, as in `studybot stats`)
    left: int | None = None

    @property
    def mastery(self) -> float:
        return self.mastered / self.cards if self.cards else 0.0


@dataclass(frozen=True)
class WeakCard:
    card_id: str
    prompt: str
    lapses: int
    recall: float  # probability of recall a week from now (WEAK_AHEAD_DAYS)
    leech: bool


@dataclass(frozen=True)
class Progress:
    """Everything the Progress mode and `studybot stats` show for one learner and pack."""

    today: date
    sections: tuple[SectionProgress, ...]
    streak: int
    reviews_today: int
    correct_today: int
    minutes_today: float
    activity: dict[str, int]  # day (ISO) -> reviews, over the last HEATMAP_WEEKS weeks
    minutes: dict[str, float]  # day (ISO) -> minutes spent
    retention: tuple[tuple[str, int, int], ...]  # (week, scheduled reviews, passed first time)
    forecast: tuple[int, ...]  # cards falling due on each of the next FORECAST_DAYS days (today first)
    weakest: tuple[WeakCard, ...]
    overrides: tuple[tuple[str, int, int], ...]  # (card id, reviews, overridden) most disputed first
    new_left: int | None = None  # new cards the day's limit still allows (None: not known here)
    # what the study session has left, as its header counts it (None: no session, as in `studybot stats`)
    queue: QueueCounts | None = None
    prompts: dict[str, str] = field(default_factory=dict)  # card id -> prompt, for the overridden cards

    @property
    def cards(self) -> int:
        return sum(s.cards for s in self.sections)

    @property
    def seen(self) -> int:
        return sum(s.seen for s in self.sections)

    @property
    def mastered(self) -> int:
        return sum(s.mastered for s in self.sections)

    @property
    def due(self) -> int:
        return sum(s.due for s in self.sections)

    @property
    def true_retention(self) -> float | None:
        """Share of scheduled reviews passed at the first try, over the weeks shown."""
        total = sum(n for _, n, _ in self.retention)
        return sum(p for _, _, p in self.retention) / total if total else None

    @property
    def override_rate(self) -> float:
        reviews = sum(n for _, n, _ in self.overrides)
        return sum(o for _, _, o in self.overrides) / reviews if reviews else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(), "cards": self.cards, "seen": self.seen, "mastered": self.mastered,
            "mastered_means": MASTERY_RULE,
            "due": self.due, "new_left": self.new_left, "streak": self.streak, "reviews_today": self.reviews_today,
            "correct_today": self.correct_today, "minutes_today": round(self.minutes_today, 1),
            "true_retention": self.true_retention, "override_rate": self.override_rate,
            "sections": [{"id": s.section_id, "title": s.title, "cards": s.cards, "seen": s.seen,
                          "mastered": s.mastered, "mastery": round(s.mastery, 3), "due": s.due,
                          **({} if s.left is None else {"left": s.left})} for s in self.sections],
            "retention_by_week": [{"week": w, "reviews": n, "passed": p} for w, n, p in self.retention],
            "activity_by_day": [{"day": d, "reviews": n, "minutes": round(self.minutes.get(d, 0.0), 1)}
                                for d, n in sorted(self.activity.items())],
            "forecast": list(self.forecast),
            "weakest": [{"card": w.card_id, "prompt": w.prompt, "lapses": w.lapses, "recall": round(w.recall, 3),
                         "leech": w.leech} for w in self.weakest],
            "overrides": [{"card": c, "reviews": n, "overridden": o, "rate": round(o / n, 3) if n else 0.0}
                          for c, n, o in self.overrides],
        }


def _prompt(pack: Pack, card_id: str) -> str:
    """A card's prompt, or its id when the pack no longer has it."""
    from .browse import asks  # (not at start-up: browse reads the language tables)

    card = pack.card(card_id)
    return asks(card) if card is not None else card_id


def learner_progress(store: Store, learner_id: int, pack: Pack, now: datetime, *, day_hour: int = DAY_HOUR,
                     scheduling: Scheduling | None = None, new_left: int | None = None,
                     queue: QueueCounts | None = None, left: dict[str, int] | None = None) -> Progress:
    """Every figure of one learner's progress on one pack; `queue` and `left` (section id -> cards) are what
    the study session has left, in all and by section."""
    scheduling = scheduling or Scheduling()
    shift = day_shift_minutes(now, day_hour)
    today = study_date(now, day_hour)
    counts = store.section_counts(learner_id, pack.id, now, mastered_stability=MASTERY_STABILITY_DAYS)
    sections = tuple(SectionProgress(s.id, s.title, *counts.get(s.id, (0, 0, 0, 0)),
                                     left=None if left is None else left.get(s.id, 0)) for s in pack.sections)
    rows = store.activity(learner_id, pack.id, (today - timedelta(weeks=HEATMAP_WEEKS)).isoformat())
    activity = {day: n for day, n, _ in rows}
    minutes = {day: ms / 60000 for day, _, ms in rows}
    retention = tuple(store.retention(learner_id, pack.id, (today - timedelta(weeks=RETENTION_WEEKS)).isoformat()))
    forecast = [0] * FORECAST_DAYS
    for day, n in store.due_forecast(learner_id, pack.id, now, now + timedelta(days=FORECAST_DAYS), shift):
        offset = (date.fromisoformat(day) - today).days
        if 0 <= offset < FORECAST_DAYS:
            forecast[offset] += n
    ahead = now + timedelta(days=WEAK_AHEAD_DAYS)  # now, every card just reviewed would be recalled
    weakest = tuple(
        WeakCard(s.card_id, _prompt(pack, s.card_id), s.lapses, scheduling.retrievability(s, ahead), s.leech)
        for s in store.weakest(learner_id, pack.id, ahead)
    )
    overrides = tuple(sorted(store.overridden(learner_id, pack.id), key=lambda x: (-x[2] / x[1], -x[1], x[0])))
    reviews_today, correct_today, ms_today = store.day_totals(learner_id, pack.id, today.isoformat())
    return Progress(today=today, sections=sections, streak=streak(store, learner_id, pack.id, now, day_hour),
                    reviews_today=reviews_today, correct_today=correct_today,
                    minutes_today=ms_today / 60000, activity=activity, minutes=minutes,
                    retention=retention, forecast=tuple(forecast), weakest=weakest, overrides=overrides,
                    new_left=new_left, queue=queue,
                    prompts={card_id: _prompt(pack, card_id) for card_id, _, _ in overrides})


# ------------------------------------------------------------------ reports for instructors


@dataclass
class CardReport:
    card_id: str
    section: str
    prompt: str
    attempts: int = 0
    right: int = 0
    first_tries: int = 0
    first_right: int = 0
    overridden: int = 0
    score_sum: float = 0.0
    learners: int = 0
    wrong_answers: dict[str, int] = field(default_factory=dict)

    @property
    def first_try_rate(self) -> float | None:
        return self.first_right / self.first_tries if self.first_tries else None

    @property
    def mean_score(self) -> float | None:
        return self.score_sum / self.attempts if self.attempts else None

    @property
    def override_rate(self) -> float:
        return self.overridden / self.attempts if self.attempts else 0.0

    def top_wrong(self, n: int = 3) -> list[tuple[str, int]]:
        return sorted(self.wrong_answers.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


@dataclass(frozen=True)
class SectionSpread:
    section_id: str
    title: str
    learners: int
    low: float
    median: float
    high: float


@dataclass
class Report:
    cards: list[CardReport]
    sections: list[SectionSpread]
    databases: int
    learners: int
    skipped: list[str]  # databases that could not be read, with why

    def as_dict(self) -> dict[str, Any]:
        return {
            "databases": self.databases, "learners": self.learners, "skipped": self.skipped,
            "mastered_means": MASTERY_RULE,
            "cards": [{"card": c.card_id, "section": c.section, "prompt": c.prompt, "learners": c.learners,
                       "attempts": c.attempts, "first_try_rate": c.first_try_rate, "mean_score": c.mean_score,
                       "override_rate": c.override_rate, "wrong_answers": c.top_wrong()} for c in self.cards],
            "sections": [{"section": s.section_id, "title": s.title, "learners": s.learners, "low": s.low,
                          "median": s.median, "high": s.high} for s in self.sections],
        }


def report(pack: Pack, databases: list[str | Path], now: datetime) -> Report:
    """Item analysis over many learners' progress databases (read only). Cards the
    learners often override come first: the grader's blind spots or the pack's weak
    questions; then the cards most often missed at the first try."""
    cards = {c.id: CardReport(c.id, c.section, _prompt(pack, c.id)) for c in pack.cards}  # a cloze by its text
    mastery: dict[str, list[float]] = {s.id: [] for s in pack.sections}
    skipped: list[str] = []
    learners = 0
    for path in databases:
        try:
            store = Store.open_readonly(path)
        except StoreError as exc:
            skipped.append(str(exc))
            continue
        try:
            for learner_id, _name in store.learners():
                counts = store.section_counts(learner_id, pack.id, now, mastered_stability=MASTERY_STABILITY_DAYS)
                if not counts:
                    continue
                learners += 1
                for section_id, (total, _seen, mastered, _due) in counts.items():
                    if section_id in mastery and total:
                        mastery[section_id].append(mastered / total)
            for card_id, n, right, overridden, mean, first, first_right, people in \
                    store.card_review_stats(None, pack.id):
                row = cards.get(card_id)
                if row is None:
                    continue  # retired from the pack
                row.attempts += n
                row.right += right or 0
                row.overridden += overridden or 0
                row.score_sum += (mean or 0.0) * n
                row.first_tries += first or 0
                row.first_right += first_right or 0
                row.learners += people
            for card_id, answer, times in store.wrong_answers(pack.id):
                if card_id in cards:
                    cards[card_id].wrong_answers[answer] = cards[card_id].wrong_answers.get(answer, 0) + times
        except StoreError as exc:
            skipped.append(str(exc))
        finally:
            store.close()
    ordered = sorted(cards.values(), key=lambda c: (
        -c.override_rate, c.first_try_rate if c.first_try_rate is not None else 2.0, -c.attempts, c.card_id))
    sections = [SectionSpread(s.id, s.title, len(mastery[s.id]), min(mastery[s.id], default=0.0),
                              statistics.median(mastery[s.id]) if mastery[s.id] else 0.0,
                              max(mastery[s.id], default=0.0)) for s in pack.sections]
    return Report(ordered, sections, len(databases), learners, skipped)
