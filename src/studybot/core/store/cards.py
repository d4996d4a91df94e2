"""The card browser's queries: every card state of a learner, one card's review history,
and starting a card afresh (its history kept)."""

from __future__ import annotations

from datetime import datetime

from ..clock import iso, parse_iso
from ..records import CardPhase, CardState, HistoryRow
from .queue import QueueQueries

__all__ = ["CardQueries"]

NEW = int(CardPhase.NEW)


class CardQueries(QueueQueries):
    """Read and change single cards for the browser."""

    def card_states(self, learner_id: int, pack_id: str) -> dict[str, CardState]:
        """Every stored card state of a learner in a pack (retired cards too), by card id."""
        states = self._states("SELECT * FROM cards WHERE learner_id=? AND pack_id=?", [learner_id, pack_id])
        return {s.card_id: s for s in states}

    def card_history(self, learner_id: int, pack_id: str, card_id: str) -> list[HistoryRow]:
        """A card's reviews, newest first (undone ones included, marked)."""
        with self.read() as conn:
            return [HistoryRow(parse_iso(r[0]) or datetime.min, r[1] or "", bool(r[2]), int(r[3]), r[4], bool(r[5]),
                               bool(r[6]), r[7] or "")
                    for r in conn.execute(
                        "SELECT reviewed_at, answer, correct, rating, override, practice, undone, reason FROM reviews "
                        "WHERE learner_id=? AND pack_id=? AND card_id=? ORDER BY id DESC",
                        (learner_id, pack_id, card_id))]

    def reset_card(self, learner_id: int, pack_id: str, card_id: str, now: datetime) -> None:
        """Start a card afresh: new, not suspended, buried or a leech; its reviews stay."""
        with self.write() as conn:
            conn.execute(
                f"UPDATE cards SET state={NEW}, step=NULL, stability=NULL, difficulty=NULL, due=?, last_review=NULL, "
                "reps=0, lapses=0, leech=0, suspended=0, buried_until=NULL WHERE learner_id=? AND pack_id=? "
                "AND card_id=?", (iso(now), learner_id, pack_id, card_id))
