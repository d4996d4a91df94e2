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
# written out as the partial indexes of migration 5 are (idx_cards_learning_due, idx_cards_review_due),
# so that each queue's query reads its own index
_LEARNING = f"state!={NEW} AND state!={REVIEW}"
_REVIEW = f"state={REVIEW}"
# the most forgotten review first: FSRS recall falls with (time since the last review) / stability
_FORGOTTEN = "(julianday(last_review) - julianday(?)) / max(stability, 0.01), position"
_Queue = tuple[str, list[Any], str, list[Any]]  # where, its arguments, order, its arguments


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
            sql += " AND instr(tags, ?) > 0"  # not LIKE: a tag's % or _ is a character, not a pattern
            args.append(f"|{tag}|")
        if skip:
            sql += f" AND card_id NOT IN ({', '.join('?' * len(skip))})"
            args += list(skip)
        return sql, args

    @staticmethod
    def _apart(apart_from: str | None) -> list[tuple[str, list[Any]]]:
        """The passes of a query that keeps a section apart: the other sections' cards, then
        that section's (each pass can use the indexes, unlike an ORDER BY on the section)."""
        if apart_from is None:
            return [("", [])]
        return [(" AND section IS NOT ?", [apart_from]), (" AND section IS ?", [apart_from])]

    def _first_states(self, where: str, args: list[Any], order: str, order_args: list[Any],
                      apart_from: str | None, limit: int) -> list[CardState]:
        return self._queues([(where, args, order, order_args)], apart_from, limit)

    def _queues(self, queues: Sequence[_Queue], apart_from: str | None,
                limit: int) -> list[CardState]:
        """Up to `limit` cards from `queues` (where, args, order, order args) in turn, the cards of
        the section `apart_from` after every queue's others. One query a queue and pass, so that
        each reads its own index, and stops as soon as enough are found."""
        found: list[CardState] = []
        for extra, extra_args in self._apart(apart_from):
            for where, args, order, order_args in queues:
                if len(found) < limit:
                    found += self._states(f"SELECT * FROM cards WHERE {where}{extra} ORDER BY {order} LIMIT ?",
                                          args + extra_args + order_args + [limit - len(found)])
        return found

    def due_now(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                tag: str | None = None, skip: Sequence[str] = (), apart_from: str | None = None,
                reviews: bool = True, limit: int = 1) -> list[CardState]:
        """Cards due now: learning and relearning cards first (the earliest due first), then,
        unless `reviews` is False, cards in review, the most forgotten first (FSRS recall falls
        with time since the last review / stability); cards of the section `apart_from` last."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        queues: list[_Queue] = [(f"{where} AND {_LEARNING} AND due<=?", [*args, iso(now)], "due, position", [])]
        if reviews:
            queues.append((f"{where} AND {_REVIEW} AND due<=?", [*args, iso(now)], _FORGOTTEN, [iso(now)]))
        return self._queues(queues, apart_from, limit)

    def learning_due(self, learner_id: int, pack_id: str, now: datetime, until: datetime, *,
                     section: str | None = None, tag: str | None = None, skip: Sequence[str] = (),
                     apart_from: str | None = None, limit: int = 1) -> list[CardState]:
        """Learning and relearning cards due by `until`, the earliest first (cards of the
        section `apart_from` after the others)."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        return self._first_states(f"{where} AND {_LEARNING} AND due<=?", args + [iso(until)], "due, position", [],
                                  apart_from, limit)

    def new_cards(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                  tag: str | None = None, skip: Sequence[str] = (), apart_from: str | None = None,
                  limit: int = 1) -> list[str]:
        """Ids of new cards in pack order, cards of the section `apart_from` after the others."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        found: list[str] = []
        with self.read() as conn:
            for extra, extra_args in self._apart(apart_from):
                if len(found) < limit:
                    found += [r[0] for r in conn.execute(
                        f"SELECT card_id FROM cards WHERE {where}{extra} AND state={NEW} ORDER BY position LIMIT ?",
                        args + extra_args + [limit - len(found)])]
        return found

    def queue_counts(self, learner_id: int, pack_id: str, now: datetime, until: datetime, *,
                     section: str | None = None, tag: str | None = None, skip: Sequence[str] = (),
                     new_cap: int | None = None, review_cap: int | None = None) -> QueueCounts:
        """What a session has left: learning cards due by `until`, reviews due now (up to
        `review_cap`) and new cards (up to `new_cap`)."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        with self.read() as conn:
            learning = conn.execute(f"SELECT count(*) FROM cards WHERE {where} AND {_LEARNING} AND due<=?",
                                    [*args, iso(until)]).fetchone()[0]
            reviews = conn.execute(f"SELECT count(*) FROM cards WHERE {where} AND {_REVIEW} AND due<=?",
                                   [*args, iso(now)]).fetchone()[0]
            cap = "" if new_cap is None else f" LIMIT {max(0, int(new_cap))}"
            new = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM cards WHERE {where} AND state={NEW}{cap})",
                               args).fetchone()[0]
        reviews = reviews if review_cap is None else min(reviews, max(0, review_cap))
        return QueueCounts(learning=int(learning), reviews=int(reviews), new=int(new))

    def queue_by_section(self, learner_id: int, pack_id: str, now: datetime, until: datetime, *,
                         section: str | None = None, tag: str | None = None, skip: Sequence[str] = (),
                         new_cap: int | None = None, review_cap: int | None = None) -> dict[str, int]:
        """`queue_counts` section by section (the same cards, so the figures add up to its total): the
        reviews within `review_cap` the most forgotten first, the new cards within `new_cap` in pack order,
        as the session takes them."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        review_limit = -1 if review_cap is None else max(0, int(review_cap))
        new_limit = -1 if new_cap is None else max(0, int(new_cap))
        found: dict[str, int] = {}
        with self.read() as conn:
            for sql, sql_args in (
                    (f"SELECT section FROM cards WHERE {where} AND {_LEARNING} AND due<=?", [*args, iso(until)]),
                    (f"SELECT section FROM cards WHERE {where} AND {_REVIEW} AND due<=? ORDER BY {_FORGOTTEN} LIMIT ?",
                     [*args, iso(now), iso(now), review_limit]),
                    (f"SELECT section FROM cards WHERE {where} AND state={NEW} ORDER BY position LIMIT ?",
                     [*args, new_limit])):
                for name, n in conn.execute(f"SELECT section, count(*) FROM ({sql}) GROUP BY section", sql_args):
                    found[name] = found.get(name, 0) + int(n)
        return found

    def next_due_in(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                    tag: str | None = None) -> datetime | None:
        """When the next studied card falls due (suspended, retired and buried cards aside;
        in the section or tag studied)."""
        where, args = self._where(learner_id, pack_id, now, section, tag)
        with self.read() as conn:
            row = conn.execute(f"SELECT min(due) FROM cards WHERE {where} AND state!={NEW}", args).fetchone()
        return parse_iso(row[0]) if row and row[0] else None
