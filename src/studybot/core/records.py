"""The records that cross the store boundary: card states, reviews, and one
NamedTuple for every row shape a store query returns.

Pure data: no SQL, no scheduling. `scheduling.py`, `session.py` and `stats.py`
import these without importing the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any, NamedTuple

from .clock import iso, parse_iso

__all__ = ["ActivityDay", "CardInfo", "CardPhase", "CardReviewStats", "CardState", "DayTotals", "DoneCounts",
           "DueCounts", "FirstTry", "ForecastDay", "HistoryRow", "Learner", "OverriddenAnswer", "OverriddenCard",
           "PackRecord", "QueueCounts", "RetentionWeek", "Review", "SectionCounts", "SyncCounts", "WrongAnswer"]


class CardPhase(IntEnum):
    """Where a card is in its life. 1..3 are fsrs's own `State` values; NEW is ours
    (a card never answered, which fsrs has no state for)."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass
class CardState:
    """A learner's schedule of one card, as stored in the `cards` table."""

    pack_id: str
    card_id: str
    content_hash: str = ""
    state: int = CardPhase.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: datetime | None = None
    retired: bool = False
    leech: bool = False

    @property
    def is_new(self) -> bool:
        return self.state == CardPhase.NEW

    @property
    def phase(self) -> CardPhase:
        return CardPhase(self.state)

    def to_row(self) -> dict[str, Any]:
        """The state as a `cards` row (times as ISO strings, flags as 0/1)."""
        return {
            "pack_id": self.pack_id, "card_id": self.card_id, "content_hash": self.content_hash,
            "state": int(self.state), "step": self.step, "stability": self.stability, "difficulty": self.difficulty,
            "due": iso(self.due), "last_review": iso(self.last_review), "reps": self.reps, "lapses": self.lapses,
            "suspended": int(self.suspended), "buried_until": iso(self.buried_until), "retired": int(self.retired),
            "leech": int(self.leech),
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> CardState:
        """The inverse of `to_row`; missing optional columns take their defaults."""
        return cls(
            pack_id=row["pack_id"], card_id=row["card_id"], content_hash=row.get("content_hash") or "",
            state=row["state"], step=row.get("step"), stability=row.get("stability"),
            difficulty=row.get("difficulty"), due=parse_iso(row.get("due")),
            last_review=parse_iso(row.get("last_review")), reps=row.get("reps") or 0,
            lapses=row.get("lapses") or 0, suspended=bool(row.get("suspended")),
            buried_until=parse_iso(row.get("buried_until")), retired=bool(row.get("retired")),
            leech=bool(row.get("leech")),
        )


@dataclass(frozen=True)
class CardInfo:
    """What the store keeps of a pack's card: identity, answer hash, order and filters."""

    card_id: str
    content_hash: str
    position: int = 0
    section: str = ""
    tags: tuple[str, ...] = ()

    @property
    def tag_field(self) -> str:
        """The tags as stored: `|tag1|tag2|`, so one tag is found with `LIKE '%|tag|%'`."""
        return "|" + "|".join(self.tags) + "|" if self.tags else ""


@dataclass
class Review:
    """One answer to record: what was typed, how it was graded and rated."""

    pack_id: str
    card_id: str
    answer: str
    correct: bool
    score: float
    rating: int
    reviewed_at: datetime
    reason: str = ""
    duration_ms: int | None = None
    session_id: int | None = None
    practice: bool = False
    override: str | None = None
    day: str | None = None  # study day; by default that of reviewed_at


class Learner(NamedTuple):
    id: int
    name: str


class SyncCounts(NamedTuple):
    """What `Store.sync_pack` changed."""

    added: int = 0
    restarted: int = 0
    retired: int = 0
    revived: int = 0


class DueCounts(NamedTuple):
    """Cards available now: due reviews and new cards (capped at the day's limit)."""

    reviews: int
    new: int


class QueueCounts(NamedTuple):
    """What a study session has left: learning cards (due within the learn-ahead limit),
    reviews due now and new cards, each within the day's limits."""

    learning: int
    reviews: int
    new: int

    @property
    def total(self) -> int:
        return self.learning + self.reviews + self.new


class DoneCounts(NamedTuple):
    """Cards answered since a moment: new cards introduced and reviews of cards in review
    (learning steps count as neither: the daily limits leave them out)."""

    new: int
    reviews: int


class SectionCounts(NamedTuple):
    """One section's cards: all, seen at least once, mastered, due now."""

    cards: int
    seen: int
    mastered: int
    due: int


class ActivityDay(NamedTuple):
    day: str  # YYYY-MM-DD study day
    reviews: int
    ms: int


class DayTotals(NamedTuple):
    reviews: int
    right: int
    ms: int


class RetentionWeek(NamedTuple):
    week: str  # YYYY-WW
    scheduled: int  # reviews a schedule asked for
    passed: int  # of those, right at the first try


class OverriddenCard(NamedTuple):
    card_id: str
    reviews: int
    overridden: int


class ForecastDay(NamedTuple):
    day: str
    due: int


class CardReviewStats(NamedTuple):
    """A card's reviews (one learner or all): counts, mean score, first tries."""

    card_id: str
    reviews: int
    right: int
    overridden: int
    mean_score: float
    first_tries: int
    first_right: int
    learners: int


class HistoryRow(NamedTuple):
    """One review of one card, for the card browser."""

    reviewed_at: datetime
    answer: str
    correct: bool
    rating: int
    override: str | None
    practice: bool
    undone: bool
    reason: str


class WrongAnswer(NamedTuple):
    card_id: str
    answer: str
    times: int


class FirstTry(NamedTuple):
    """A learner's first answer to a card (after any override): right or not."""

    learner_id: int
    card_id: str
    correct: bool


class OverriddenAnswer(NamedTuple):
    """An answer learners overrode the grader on ("right" or "wrong"), as they wrote it."""

    card_id: str
    answer: str
    override: str
    times: int
    learners: int


class PackRecord(NamedTuple):
    """A pack studied with this database: where its file was and its fingerprint then."""

    pack_id: str
    path: str
    fingerprint: str
    title: str
    seen: str  # ISO time of the last session that opened it
