"""Read-only queries behind the progress figures (`stats.py`) and `studybot export`.
Each returns the NamedTuples of `records.py`, never bare tuples."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from ..clock import iso
from ..records import (
    ActivityDay,
    CardPhase,
    CardReviewStats,
    CardState,
    DayTotals,
    FirstTry,
    ForecastDay,
    OverriddenAnswer,
    OverriddenCard,
    RetentionWeek,
    SectionCounts,
    WrongAnswer,
)
from .base import Connection

__all__ = ["ProgressQueries"]

NEW = int(CardPhase.NEW)
REVIEW = int(CardPhase.REVIEW)


class ProgressQueries(Connection):
    """The figures a learner or an instructor reads; nothing here writes."""

    def _states(self, sql: str, args: list[Any]) -> list[CardState]:
        with self.read() as conn:
            cur = conn.execute(sql, args)
            names = [d[0] for d in cur.description]
            return [CardState.from_row(dict(zip(names, row, strict=True))) for row in cur]

    def section_counts(self, learner_id: int, pack_id: str, now: datetime, *,
                       mastered_stability: float) -> dict[str, SectionCounts]:
        """Per section: (cards, seen, mastered, due). Mastered (defined in `stats.py`): a card
        in review, not a leech, whose FSRS stability is at least `mastered_stability` days;
        a card being learned or relearned after a failure never is."""
        with self.read() as conn:
            rows = conn.execute(
                f"SELECT section, count(*), sum(state!={NEW}), "
                f"sum(state={REVIEW} AND leech=0 AND stability >= ?), "
                f"sum(state!={NEW} AND due<=? AND suspended=0) "
                "FROM cards WHERE learner_id=? AND pack_id=? AND retired=0 GROUP BY section",
                (mastered_stability, iso(now), learner_id, pack_id)).fetchall()
        return {r[0]: SectionCounts(r[1], r[2] or 0, r[3] or 0, r[4] or 0) for r in rows}

    def activity(self, learner_id: int, pack_id: str, since_day: str) -> list[ActivityDay]:
        """Each study day with reviews since `since_day`: reviews and milliseconds spent."""
        with self.read() as conn:
            return [ActivityDay(*r) for r in conn.execute(
                "SELECT day, reviews, ms FROM review_days WHERE learner_id=? AND pack_id=? AND day>=? AND reviews>0 "
                "ORDER BY day", (learner_id, pack_id, since_day))]

    def day_totals(self, learner_id: int, pack_id: str, day: str) -> DayTotals:
        """Reviews, right answers and milliseconds of one study day."""
        with self.read() as conn:
            row = conn.execute("SELECT reviews, correct, ms FROM review_days WHERE learner_id=? AND pack_id=? "
                               "AND day=?", (learner_id, pack_id, day)).fetchone()
        return DayTotals(*row) if row else DayTotals(0, 0, 0)

    def retention(self, learner_id: int, pack_id: str, since_day: str) -> list[RetentionWeek]:
        """(week, reviews of cards in review, passed) per week since `since_day`: the reviews a
        schedule asked for (not learning steps, not practice), right at the first try."""
        with self.read() as conn:
            return [RetentionWeek(*r) for r in conn.execute(
                "SELECT strftime('%Y-%W', day) AS week, sum(scheduled), sum(scheduled_correct) FROM review_days "
                "WHERE learner_id=? AND pack_id=? AND day>=? GROUP BY week HAVING sum(scheduled) > 0 ORDER BY week",
                (learner_id, pack_id, since_day))]

    def overridden(self, learner_id: int, pack_id: str) -> list[OverriddenCard]:
        """(card_id, reviews, overridden reviews) for the cards whose grade was ever overridden."""
        with self.read() as conn:
            return [OverriddenCard(*r) for r in conn.execute(
                "SELECT o.card_id, (SELECT count(*) FROM reviews r WHERE r.learner_id=o.learner_id "
                "AND r.pack_id=o.pack_id AND r.card_id=o.card_id AND r.undone=0), count(*) FROM reviews o "
                "WHERE o.learner_id=? AND o.pack_id=? AND o.override IS NOT NULL AND o.undone=0 "
                "GROUP BY o.card_id", (learner_id, pack_id))]

    def due_forecast(self, learner_id: int, pack_id: str, now: datetime, until: datetime,
                     shift_minutes: int) -> list[ForecastDay]:
        """(day, cards falling due) from now until `until` (overdue cards count today)."""
        with self.read() as conn:
            return [ForecastDay(*r) for r in conn.execute(
                "SELECT date(max(due, ?), ?) AS day, count(*) FROM cards "
                f"WHERE learner_id=? AND pack_id=? AND state!={NEW} AND suspended=0 AND retired=0 AND due<? "
                "GROUP BY day ORDER BY day",
                (iso(now), f"{shift_minutes:+d} minutes", learner_id, pack_id, iso(until)))]

    def weakest(self, learner_id: int, pack_id: str, now: datetime, limit: int = 10) -> list[CardState]:
        """Studied cards most likely forgotten at `now` (largest days-since-review / stability),
        leeches and cards with more lapses first among equals."""
        return self._states(
            f"SELECT * FROM cards WHERE learner_id=? AND pack_id=? AND state!={NEW} AND retired=0 "
            "ORDER BY leech DESC, (julianday(?) - julianday(last_review)) / max(stability, 0.01) DESC, lapses DESC "
            "LIMIT ?", [learner_id, pack_id, iso(now), limit])

    def card_review_stats(self, learner_id: int | None, pack_id: str) -> list[CardReviewStats]:
        """Per card: (card_id, reviews, right, overridden, mean score, first tries, first tries right,
        learners)."""
        who = "" if learner_id is None else "AND learner_id=? "
        args: list[Any] = [pack_id] + ([] if learner_id is None else [learner_id])
        with self.read() as conn:
            return [CardReviewStats(*r) for r in conn.execute(
                "WITH r AS (SELECT * FROM reviews WHERE pack_id=? AND undone=0 " + who + "), "
                "first AS (SELECT min(id) AS id FROM r GROUP BY learner_id, card_id) "
                "SELECT r.card_id, count(*), sum(r.correct), sum(r.override IS NOT NULL), avg(r.score), "
                "sum(r.id IN (SELECT id FROM first)), sum(r.correct AND r.id IN (SELECT id FROM first)), "
                "count(DISTINCT r.learner_id) FROM r GROUP BY r.card_id", args)]

    def wrong_answers(self, pack_id: str, limit_per_card: int = 3) -> list[WrongAnswer]:
        """(card_id, answer, times) for the answers most often given wrongly; answers that differ only in
        case (in any script: "Отто" and "отто", as "Otto" and "otto") are one, shown as one learner wrote it."""
        # trimmed of spaces, tabs and line ends: "x" and "x\n" (a line read in plain mode) are one answer
        said = "trim(answer, ' ' || char(9, 10, 13))"
        key = f"casefolded({said})"  # SQLite's lower() folds ASCII letters only
        with self.read() as conn:
            _casefolding(conn)
            return [WrongAnswer(*r) for r in conn.execute(
                f"SELECT card_id, answer, n FROM (SELECT card_id, min({said}) AS answer, count(*) AS n, "
                f"row_number() OVER (PARTITION BY card_id ORDER BY count(*) DESC, {key}) AS k "
                f"FROM reviews WHERE pack_id=? AND undone=0 AND correct=0 AND {said}!='' "
                f"GROUP BY card_id, {key}) WHERE k<=? ORDER BY card_id, n DESC",
                (pack_id, limit_per_card))]

    def first_tries(self, pack_id: str) -> list[FirstTry]:
        """Each learner's first answer to each card (as it stands after any override)."""
        with self.read() as conn:
            return [FirstTry(r[0], r[1], bool(r[2])) for r in conn.execute(
                "SELECT r.learner_id, r.card_id, r.correct FROM reviews r JOIN (SELECT min(id) AS id FROM reviews "
                "WHERE pack_id=? AND undone=0 GROUP BY learner_id, card_id) f ON f.id = r.id", (pack_id,))]

    def overridden_answers(self, pack_id: str) -> list[OverriddenAnswer]:
        """The answers learners overrode the grader on, as one of them wrote it (answers
        that differ only in case and spaces around are one), with how often and by how
        many learners."""
        with self.read() as conn:
            _casefolding(conn)
            return [OverriddenAnswer(*r) for r in conn.execute(
                "SELECT card_id, min(trim(answer)), override, count(*), count(DISTINCT learner_id) "
                "FROM reviews WHERE pack_id=? AND undone=0 AND override IS NOT NULL AND trim(answer)!='' "
                "GROUP BY card_id, casefolded(trim(answer)), override ORDER BY card_id, count(*) DESC", (pack_id,))]

    # -- export

    def export_rows(self, learner_id: int | None = None, pack_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """The review log and the card states as plain rows, for `studybot export`."""
        where: list[str] = ["1=1"]
        args: list[Any] = []
        if learner_id is not None:
            where.append("r.learner_id=?")
            args.append(learner_id)
        if pack_id is not None:
            where.append("r.pack_id=?")
            args.append(pack_id)
        cond = " AND ".join(where)
        with self.read() as conn:
            out: dict[str, list[dict[str, Any]]] = {}
            for table, columns in (
                ("reviews", "r.id, l.name AS learner, r.pack_id, r.card_id, r.reviewed_at, r.answer, r.correct, "
                            "r.score, r.reason, r.rating, r.override, r.duration_ms, r.practice, r.undone, "
                            "r.session_id"),
                ("cards", "l.name AS learner, r.pack_id, r.card_id, r.state, r.step, r.stability, r.difficulty, "
                          "r.due, r.last_review, r.reps, r.lapses, r.suspended, r.buried_until, r.retired, r.leech"),
            ):
                cur = conn.execute(
                    f"SELECT {columns} FROM {table} r JOIN learners l ON l.id = r.learner_id WHERE {cond} "
                    "ORDER BY r.rowid", args)
                names = [d[0] for d in cur.description]
                out[table] = [dict(zip(names, row, strict=True)) for row in cur]
        return out


def _casefolded(text: str | None) -> str | None:
    return text.casefold() if isinstance(text, str) else text


def _casefolding(conn: sqlite3.Connection) -> None:
    """Give the connection casefolded(text): the case of every script folded, as Python does (SQLite's
    lower() folds only ASCII, so "Отто" and "отто" stayed two answers)."""
    conn.create_function("casefolded", 1, _casefolded, deterministic=True)
