"""Progress and report benchmark.

    python benchmarks/stats.py [--db benchmarks/out/scale.db] [--learners 200]

Times every figure of the Progress mode on the 1,000,000-review database of
benchmarks/scale.py (built first if missing), the whole Progress mode's figures
together, and `studybot report` over many learners' databases (generated here: the
bundled pack, a few months of reviews each).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import NOW, PACK_ID, ensure_database  # noqa: E402

from studybot.core import stats  # noqa: E402
from studybot.core.clock import day_shift_minutes, iso  # noqa: E402
from studybot.core.packs import load_pack  # noqa: E402
from studybot.core.records import CardInfo  # noqa: E402
from studybot.core.scheduling import Scheduling  # noqa: E402
from studybot.core.store import Store  # noqa: E402


def timed(fn, runs: int = 5) -> float:
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        values.append(time.perf_counter() - start)
    return statistics.median(values) * 1000


def class_databases(folder: Path, learners: int, reviews_each: int, seed: int = 5) -> list[Path]:
    """`learners` progress databases on the bundled pack, each with a learner's history."""
    pack = load_pack(ROOT / "content" / "belarus-us-2019.yaml")
    rng = random.Random(seed)
    template = folder / "template.db"
    store = Store.open(template)
    store.close()
    paths = []
    for n in range(learners):
        path = folder / f"learner{n:03d}.db"
        path.write_bytes(template.read_bytes())
        store = Store.open(path)
        learner = store.learner(f"learner{n}")
        store.sync_pack(learner, pack.id, [CardInfo(c.id, c.content_hash, i, c.section, c.tags)
                                           for i, c in enumerate(pack.cards)], NOW - timedelta(days=120))
        store.close()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA synchronous=OFF")
        rows = []
        for k in range(reviews_each):
            card = rng.choice(pack.cards)
            ok = rng.random() < 0.8
            rows.append((learner, pack.id, card.id, iso(NOW - timedelta(minutes=k * 17)), "some answer" if ok
                         else rng.choice(["217 million", "rose", "Bolton", "1940"]), int(ok), float(ok), 3 if ok else 1,
                         "right" if rng.random() < 0.02 else None, 2, json.dumps({"state": 2})))
        conn.executemany("INSERT INTO reviews (learner_id, pack_id, card_id, reviewed_at, answer, correct, score, "
                         "rating, override, prev_state, state_before, practice, undone) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)", rows)
        conn.execute("UPDATE cards SET state=2, stability=?, last_review=?, due=?", (10.0, iso(NOW - timedelta(days=3)),
                                                                                     iso(NOW + timedelta(days=5))))
        conn.commit()
        conn.close()
        store = Store.open(path)
        store.rebuild_day_totals()
        store.close()
        paths.append(path)
    return paths


def progress_mode_ms(db: Path, pack, runs: int = 3) -> float:
    """F4 pressed to the Progress mode drawn with every figure, in the headless app."""
    import asyncio

    from studybot import services
    from studybot.tui.app import build_app

    services.load_pack = lambda path: pack  # the 100,000-card pack is made in memory, not read from a file

    async def measure() -> list[float]:
        app = build_app(ROOT / "content" / "belarus-us-2019.yaml", db, "bench", clock=lambda: NOW)
        times = []
        async with app.run_test(size=(120, 40)) as pilot:
            while app.services.session is None:
                await pilot.pause(0.05)
            for n in range(runs):
                await pilot.press("f2")
                await pilot.pause(0.1)
                start = time.perf_counter()
                await pilot.press("f4")
                while getattr(app.screen, "shown", 0) < n + 1:
                    await pilot.pause(0.005)
                await pilot.pause(0)  # and the frame that shows them
                times.append((time.perf_counter() - start) * 1000)
        return times

    return statistics.median(asyncio.run(measure()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "out" / "scale.db"))
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--reviews-each", type=int, default=2000)
    args = parser.parse_args()
    db = Path(args.db)
    pack = ensure_database(db)
    store = Store.open(db)
    learner = store.learner("bench")
    shift = day_shift_minutes(NOW)

    def since(weeks: int) -> str:
        return (NOW - timedelta(weeks=weeks)).date().isoformat()

    reviews = store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    print(f"{db.name}: {reviews:,} reviews, {len(pack.cards):,} cards, {len(pack.sections):,} sections")
    print()
    figures = [
        ("mastery per section", lambda: store.section_counts(learner, PACK_ID, NOW,
                                                             mastered_stability=stats.MASTERY_STABILITY_DAYS)),
        ("activity, 26 weeks of days", lambda: store.activity(learner, PACK_ID, since(26))),
        ("true retention, 12 weeks", lambda: store.retention(learner, PACK_ID, since(12))),
        ("due forecast, 30 days", lambda: store.due_forecast(learner, PACK_ID, NOW, NOW + timedelta(days=30), shift)),
        ("weakest cards", lambda: store.weakest(learner, PACK_ID, NOW)),
        ("override rate per card", lambda: store.overridden(learner, PACK_ID)),
        ("streak", lambda: stats.streak(store, learner, PACK_ID, NOW)),
    ]
    print(f"{'figure (1,000,000 reviews)':<36}{'median ms':>10}")
    for name, fn in figures:
        print(f"{name:<36}{timed(fn):>10.1f}")
    scheduling = Scheduling()
    whole = timed(lambda: stats.learner_progress(store, learner, pack, NOW, scheduling=scheduling), runs=3)
    print(f"{'the Progress mode (all of them)':<36}{whole:>10.1f}")
    store.close()
    print(f"{'the Progress mode opening in the app':<36}{progress_mode_ms(db, pack):>10.1f}")
    print()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        paths = class_databases(Path(folder), args.learners, args.reviews_each)
        made = time.perf_counter() - start
        bundled = load_pack(ROOT / "content" / "belarus-us-2019.yaml")
        start = time.perf_counter()
        result = stats.report(bundled, paths, NOW)
        took = time.perf_counter() - start
    print(f"report over {len(paths)} learner databases ({args.reviews_each:,} reviews each, made in {made:.0f} s): "
          f"{took:.2f} s for {result.learners} learners, {len(result.cards)} cards")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
