"""Store benchmark on 100,000 cards and 1,000,000 reviews.

    python benchmarks/store.py [--db benchmarks/out/scale.db] [--runs 200]

Prints the median (and p90) time of: opening the database, recording a review
(WAL, synchronous=FULL), picking the next card, counting due cards, counting what a
session has left (learning, reviews, new: the header); each beside the
same operation written as one bare sqlite3 statement. Builds the database with
benchmarks/scale.py first if it is missing.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import NOW, PACK_ID, ensure_database  # noqa: E402

from studybot.core.clock import iso  # noqa: E402
from studybot.core.records import Review  # noqa: E402
from studybot.core.scheduling import Rating, Scheduling  # noqa: E402
from studybot.core.session import StudySession  # noqa: E402
from studybot.core.store import Store  # noqa: E402


def timed(ours: Callable[[], object], bare: Callable[[], object], runs: int):
    """Median and p90 (ms) of each, calling them alternately so that neither gets the
    quieter moments of the disk."""
    times: tuple[list[int], list[int]] = ([], [])
    for _ in range(runs):
        for fn, out in ((ours, times[0]), (bare, times[1])):
            start = time.perf_counter_ns()
            fn()
            out.append(time.perf_counter_ns() - start)
    result = []
    for values in times:
        values.sort()
        result.append((statistics.median(values) / 1e6, values[int(len(values) * 0.9)] / 1e6))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "out" / "scale.db"))
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    db = Path(args.db)
    pack = ensure_database(db)

    runs = args.runs
    rows = []

    # open
    def open_store():
        Store.open(db).close()

    def open_bare():
        conn = sqlite3.connect(db)
        conn.execute("SELECT id FROM learners LIMIT 1").fetchone()
        conn.close()

    rows.append(("open the database", *timed(open_store, open_bare, runs)))

    store = Store.open(db)
    clock = {"now": NOW}
    start = time.perf_counter()
    session = StudySession(pack, store, "bench", clock=lambda: clock["now"], scheduling=Scheduling(fuzz=False),
                           review_limit=10**9)
    session_start = time.perf_counter() - start
    learner_id = session.learner_id
    due, new = store.due_count(learner_id, PACK_ID, NOW)

    bare = sqlite3.connect(db, isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")

    # the most forgotten due card: the largest (time since last review) / stability
    rows.append(("pick the next card", *timed(session.next_card, lambda: bare.execute(
        "SELECT card_id FROM cards WHERE learner_id=? AND pack_id=? AND state!=0 AND due<=? AND suspended=0 "
        "AND retired=0 ORDER BY (julianday(?) - julianday(last_review)) / stability DESC LIMIT 1",
        (learner_id, PACK_ID, iso(NOW), iso(NOW))).fetchone(), runs)))

    rows.append(("count due cards", *timed(lambda: session.counts(), lambda: bare.execute(
        "SELECT count(*) FROM cards WHERE learner_id=? AND pack_id=? AND state!=0 AND due<=? AND suspended=0 "
        "AND retired=0 AND (buried_until IS NULL OR buried_until<=?)",
        (learner_id, PACK_ID, iso(NOW), iso(NOW))).fetchone(), runs)))

    rows.append(("what is left (the header)", *timed(lambda: session.queue(), lambda: bare.execute(
        "SELECT count(*) FROM cards WHERE learner_id=? AND pack_id=? AND state!=0 AND due<=? AND suspended=0 "
        "AND retired=0", (learner_id, PACK_ID, iso(NOW))).fetchone(), runs)))

    scheduling = Scheduling(fuzz=False)
    card_ids = [s.card_id for s in store.due_cards(learner_id, PACK_ID, NOW, limit=runs)] or ["c0"]
    counter = iter(range(10**9))

    def record():
        n = next(counter)
        card_id = card_ids[n % len(card_ids)]

        def decide(before):
            review = Review(pack_id=PACK_ID, card_id=card_id, answer="bench", correct=True, score=1.0,
                            rating=int(Rating.Good), reviewed_at=NOW)
            return review, scheduling.review(before, Rating.Good, NOW)

        store.record_review(learner_id, PACK_ID, card_id, decide)

    def record_bare():
        bare.execute("INSERT INTO reviews (learner_id, pack_id, card_id, reviewed_at, answer, correct, score, rating, "
                     "practice, undone, state_before) VALUES (?, ?, 'c1', ?, 'bench', 1, 1.0, 3, 0, 0, '{}')",
                     (learner_id, PACK_ID, iso(NOW)))

    rows.append(("record a review (FULL sync)", *timed(record, record_bare, runs)))
    reviews = store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    store.close()
    bare.close()

    print(f"database: {db} ({db.stat().st_size / 1e6:.0f} MB), {reviews:,} reviews, {len(pack.cards):,} cards, "
          f"{due:,} due now, {new:,} new; "
          f"session start (sync of {len(pack.cards):,} cards) {session_start * 1e3:.0f} ms")
    print()
    print(f"{'operation':<30}{'studybot ms':>12}{'p90':>8}{'bare ms':>10}{'p90':>8}{'ratio':>8}")
    for name, (ours, ours90), (base, base90) in rows:
        print(f"{name:<30}{ours:>12.3f}{ours90:>8.3f}{base:>10.3f}{base90:>8.3f}{ours / base:>7.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
