"""Safety benchmark: what keeping progress safe costs, and how it holds under load.

    python benchmarks/safety.py [--scale-db benchmarks/out/scale.db] [--writers 2 4 8]

Prints (asserts nothing):
- grading time against the length of a card's answer (10 kB, 100 kB, 1 MB);
- opening a progress database, with the page check that refuses a damaged file
  before anything is written (a learner's database; the 1,000,000-review one of
  benchmarks/scale.py when it exists);
- `clean` throughput on English and Russian text;
- N writer processes answering cards in one database at once: lock errors, reviews
  acknowledged and lost.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from studybot.core.grading import Grader  # noqa: E402
from studybot.core.packs import load_pack  # noqa: E402
from studybot.core.session import StudySession  # noqa: E402
from studybot.core.store import Store  # noqa: E402
from studybot.core.store.checks import connect_readonly  # noqa: E402
from studybot.core.text import clean  # noqa: E402
from studybot.paths import default_pack  # noqa: E402

WORDS = "the exports fell sharply because of sanctions and potash trade in 2019 with Makei visiting".split()


def long_answers() -> None:
    pack = load_pack(default_pack())
    grader = Grader(pack.aliases)
    card = next(c for c in pack.cards if c.kind == "short")
    rng = random.Random(14)
    print("Grading a short-answer card whose answer is long (the learner's answer: the same text, "
          "graded up to 2,000 characters)")
    for size in (10_000, 100_000, 1_000_000):
        text = " ".join(rng.choice(WORDS) for _ in range(size // 6))[:size]
        long_card = dataclasses.replace(card, answer=text, accept=(text,))
        start = time.perf_counter()
        grader.grade(long_card, text)
        print(f"  {size:>9,} characters: {time.perf_counter() - start:6.2f} s")


def opening(db: Path, label: str, runs: int = 5) -> None:
    checks, opens = [], []
    for _ in range(runs):
        start = time.perf_counter()
        conn = connect_readonly(db)
        conn.execute("PRAGMA quick_check(1)").fetchone()
        conn.close()
        checks.append(time.perf_counter() - start)
        start = time.perf_counter()
        Store.open(db).close()
        opens.append(time.perf_counter() - start)
    size = db.stat().st_size / 1e6
    print(f"  {label} ({size:,.1f} MB): page check {statistics.median(checks) * 1000:8.1f} ms, "
          f"whole open (check included) {statistics.median(opens) * 1000:8.1f} ms")


def learner_database(folder: Path) -> Path:
    db = folder / "learner.db"
    store = Store.open(db)
    pack = load_pack(default_pack())
    session = StudySession(pack, store, "ann", new_limit=200)
    for _ in range(len(pack.cards)):
        card = session.next_card()
        if card is None:
            break
        session.answer("exports fell", card)
    store.close()
    return db


def cleaning() -> None:
    english = (ROOT / "content" / "belarus-us-2019.yaml").read_text(encoding="utf-8")
    russian = "Экспорт Беларуси в США сократился на 19% в 2019 году. " * 20_000
    for label, text in (("English pack", english), ("Russian text", russian)):
        start = time.perf_counter()
        for _ in range(5):
            clean(text)
        seconds = (time.perf_counter() - start) / 5
        print(f"  clean: {label}, {len(text):,} characters: {len(text) / seconds / 1e6:6.1f} M characters/s")


def writers(folder: Path, counts: list[int], reviews: int = 300) -> None:
    writer = ROOT / "tests" / "store_writer.py"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for n in counts:
        db = folder / f"writers-{n}.db"
        start = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, str(writer), str(db), f"learner{i}", str(reviews)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                 for i in range(n)]
        outs = [p.communicate(timeout=600) for p in procs]
        seconds = time.perf_counter() - start
        acked = sum(sum(1 for line in out.split() if line.isdigit()) for out, _ in outs)
        errors = sum("locked" in err or "Traceback" in err for _, err in outs)
        conn = sqlite3.connect(db)
        stored = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        conn.close()
        print(f"  {n} writers at once (first start included): {acked:,} reviews acknowledged, {stored:,} stored, "
              f"{errors} lock errors, {acked / seconds:,.0f} reviews/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-db", default=str(ROOT / "benchmarks" / "out" / "scale.db"))
    parser.add_argument("--writers", type=int, nargs="*", default=[2, 4, 8])
    args = parser.parse_args()
    long_answers()
    print("\nOpening a progress database")
    with tempfile.TemporaryDirectory() as folder:
        opening(learner_database(Path(folder)), "a learner's database, every card of the bundled pack answered")
        if Path(args.scale_db).exists():
            opening(Path(args.scale_db), "100,000 cards, 1,000,000 reviews", runs=3)
        else:
            print(f"  (no {args.scale_db}: python benchmarks/scale.py makes it)")
        print()
        cleaning()
        print("\nConcurrent writers (tests/store_writer.py)")
        writers(Path(folder), args.writers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
