"""The queries behind a study session's queues (DESIGN §10), as Anki keeps them:

- learning: cards being learned or relearned after a failure; they come back within
  the session when due, or early (up to the learn-ahead limit) when nothing else is left;
- reviews: cards in review whose day has come (the daily review limit applies);
- new: cards never answered, in pack order (the daily new-card limit applies).

Each query can keep a section apart (so that cards of one section are not asked back
to back when others are available) and leave out cards put aside in the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ..clock import iso, parse_iso
from ..records import CardPhase, CardState, QueueCounts
from .progress import ProgressQueries

__all__ = ["QueueQueries"]

NEW = int(CardPhase.NEW)
REVIEW = int(CardPhase.REVIEW)
# `state != 0` is written out so that the partial index idx_cards_seen_due serves these queries
_LEARNING = f"state!={NEW} AND state!={REVIEW}"
_REVIEW = f"state!={NEW} AND state={REVIEW}"


class QueueQueries(ProgressQueries):
    """Which card a session asks next, and how many are left."""

    def _where(self, learner_id: int, pack_id: str, now: datetime, section: str | None,
               tag: str | None, skip: Sequence[str] = ()) -> tuple[str, list[Any]]:
        """The cards a learner can be asked now: not suspended, retired or buried; in
        the section or with the tag asked for; not among `skip`."""
        sql = ("learner_id=? AND pack_id=? AND suspended=0 AND retired=0 "
               "AND (buried_until IS NULL OR buried_until<=?)")
        args: list[Any] = [learner_id, pack_id, iso(now)]
        if section:
            sql += " AND section=?"
            args.append(section)
        if tag:
            sql += " AND tags LIKE ?"
            args.append(f"%|{tag}|%")
        if skip:
            sql += f" AND card_id NOT IN ({', '.join('?' * len(skip))})"
            args += list(skip)
        return sql, args

    def learning_due(self, learner_id: int, pack_id: str, now: datetime, until: datetime, *,
                     section: str | None = None, tag: str | None = None, skip: Sequence[str] = (),
                     apart_from: str | None = None, limit: int = 1) -> list[CardState]:
        """Learning and relearning cards due by `until`, the earliest first (cards of the
        section `apart_from` after the others)."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        return self._states(
            f"SELECT * FROM cards WHERE {where} AND {_LEARNING} AND due<=? "
            "ORDER BY section IS ?, due, position LIMIT ?",
            args + [iso(until), apart_from, limit])

    def reviews_due(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                    tag: str | None = None, skip: Sequence[str] = (), apart_from: str | None = None,
                    limit: int = 1) -> list[CardState]:
        """Cards in review due now, the most forgotten first (FSRS recall falls with time
        since the last review / stability), cards of the section `apart_from` after the others."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        return self._states(
            f"SELECT * FROM cards WHERE {where} AND {_REVIEW} AND due<=? ORDER BY section IS ?, "
            "(julianday(?) - julianday(last_review)) / max(stability, 0.01) DESC, due LIMIT ?",
            args + [iso(now), apart_from, iso(now), limit])

    def new_cards(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                  tag: str | None = None, skip: Sequence[str] = (), apart_from: str | None = None,
                  limit: int = 1) -> list[str]:
        """Ids of new cards in pack order, cards of the section `apart_from` after the others."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        with self.read() as conn:
            return [r[0] for r in conn.execute(
                f"SELECT card_id FROM cards WHERE {where} AND state={NEW} ORDER BY section IS ?, position LIMIT ?",
                args + [apart_from, limit])]

    def queue_counts(self, learner_id: int, pack_id: str, now: datetime, until: datetime, *,
                     section: str | None = None, tag: str | None = None, skip: Sequence[str] = (),
                     new_cap: int | None = None, review_cap: int | None = None) -> QueueCounts:
        """What a session has left: learning cards due by `until`, reviews due now (up to
        `review_cap`) and new cards (up to `new_cap`)."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        with self.read() as conn:
            learning, reviews = conn.execute(
                f"SELECT coalesce(sum({_LEARNING} AND due<=?), 0), coalesce(sum({_REVIEW} AND due<=?), 0) "
                f"FROM cards WHERE {where} AND state!={NEW} AND due<=?",
                [iso(until), iso(now), *args, iso(max(now, until))]).fetchone()
            cap = "" if new_cap is None else f" LIMIT {max(0, int(new_cap))}"
            new = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM cards WHERE {where} AND state={NEW}{cap})",
                               args).fetchone()[0]
        reviews = reviews if review_cap is None else min(reviews, max(0, review_cap))
        return QueueCounts(learning=int(learning), reviews=int(reviews), new=int(new))

    def next_due_in(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                    tag: str | None = None) -> datetime | None:
        """When the next studied card falls due (suspended, retired and buried cards aside;
        in the section or tag studied)."""
        where, args = self._where(learner_id, pack_id, now, section, tag)
        with self.read() as conn:
            row = conn.execute(f"SELECT min(due) FROM cards WHERE {where} AND state!={NEW}", args).fetchone()
        return parse_iso(row[0]) if row and row[0] else None
