"""Progress is never lost: killed writers, concurrent writers, concurrent first starts.

Each test drives real processes (tests/store_writer.py) against one progress.db.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studybot.core.store import Store

pytestmark = pytest.mark.slow  # real processes killed and racing: run with --slow (CI does)

WRITER = Path(__file__).with_name("store_writer.py")
SRC = Path(__file__).resolve().parent.parent / "src"


def start_writer(db: Path, learner: str, count: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen([sys.executable, str(WRITER), str(db), learner, str(count)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def acknowledged(output: str) -> list[int]:
    return [int(line) for line in output.split() if line.isdigit()]


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_killed_writer_loses_no_acknowledged_review(tmp_path):
    """SIGKILL a writer at random moments, 30 times; every review it acknowledged
    survives and the database stays intact."""
    db = tmp_path / "progress.db"
    rng = random.Random(20261126)
    total_acked = 0
    for round_ in range(30):
        writer = start_writer(db, "ann", 100_000)
        # kill during start-up and migration in some rounds, mid-stream in the others
        time.sleep(rng.uniform(0.0, 0.25) if round_ % 3 == 0 else rng.uniform(0.3, 0.9))
        writer.send_signal(signal.SIGKILL)
        out, err = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL, err
        acked = acknowledged(out)
        total_acked += len(acked)
        store = Store.open(db)  # opens, recovering from the WAL, never a traceback
        present = {row[0] for row in store.conn.execute("SELECT id FROM reviews")}
        store.close()
        missing = set(acked) - present
        assert not missing, f"round {round_}: acknowledged reviews lost: {sorted(missing)[:5]}"
        assert integrity(db) == "ok"
    assert total_acked > 100  # the writers got real work done between kills


def test_two_writers_at_once_lose_nothing(tmp_path):
    db = tmp_path / "progress.db"
    Store.open(db).close()
    writers = [start_writer(db, learner, 1000) for learner in ("ann", "bob")]
    results = [w.communicate(timeout=300) for w in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and "done" in out
        assert len(acknowledged(out)) == 1000
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2000
    assert conn.execute("SELECT count(DISTINCT answer) FROM reviews").fetchone()[0] == 2000
    conn.close()
    assert integrity(db) == "ok"


@pytest.mark.parametrize("processes", [2, 4])
def test_first_starts_at_once_all_succeed(tmp_path, processes):
    db = tmp_path / "progress.db"
    writers = [start_writer(db, f"learner{i}", 20) for i in range(processes)]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert len(acknowledged(out)) == 20
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 20 * processes
    migrations = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id").fetchall()
    assert len(migrations) == len(set(migrations)) >= 2
    conn.close()
