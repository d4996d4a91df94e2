"""The world `test_paths.py` runs studybot in: a folder holding a hostile pack, a copy
of the mini pack, a progress database with hostile answers and names, a backup of
it; helpers that damage files, run the command line as a user would, and check
what it printed."""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

import studybot
from studybot.core.packs import load_pack
from studybot.core.session import StudySession
from studybot.core.store import Store

DATA = Path(__file__).parent / "data"
SRC = Path(studybot.__file__).resolve().parent.parent
# every way a text has been seen to act on a terminal: a title (OSC 0), the clipboard
# (OSC 52), clearing the screen (CSI 2J), colour, 8-bit CSI and OSC, bidi override and
# isolate, zero-width joiner, a BOM, a carriage return, BEL and NUL
EVIL = ("\x1b]0;retitled\x07\x1b]52;c;Y2xpcA==\x07\x1b[2J\x1b[H\x1b[31m\x9b2J\x9d0;t\x07"
        "\u202e\u2066\u200d\ufeff\r\x07\x00")
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def hostile_pack_data() -> dict:
    return {
        "format": "1", "id": "hostile", "title": f"TITLE {EVIL}",
        "sections": [{"id": "s", "title": f"SECTION {EVIL}", "notes": f"The harbour master is Olsen. {EVIL}."}],
        "cards": [
            {"id": "q1", "section": "s", "kind": "short", "prompt": f"PROMPT Who is the harbour master? {EVIL}",
             "answer": f"Olsen {EVIL}", "explanation": f"EXPLANATION {EVIL}", "hint": f"HINT {EVIL}",
             "mistakes": [{"match": ["mayor"], "feedback": f"FEEDBACK {EVIL}"}], "tags": ["t1"]},
            {"id": "q2", "section": "s", "kind": "choice", "prompt": f"Pick {EVIL}", "options": [f"a {EVIL}", "b"],
             "answer": f"a {EVIL}"},
        ],
    }


@dataclass
class World:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / "progress.db"

    def path(self, name: str) -> Path:
        return self.root / name

    def fmt(self, text: str) -> str:
        return text.format(root=self.root, db=self.db, mini=self.root / "mini.yaml",
                           hostile=self.root / "hostile.yaml", backup=self.root / "backup.bak")

    def snapshot(self, names: tuple[str, ...]) -> dict[str, bytes | None]:
        """The bytes of each file (None: absent). An empty write-ahead log counts as
        absent: a reader of a WAL database creates one (SQLite's -wal and -shm), and
        it holds nothing."""
        return {n: (self.path(n).read_bytes() if self.path(n).is_file() else None) or
                (None if n.endswith("-wal") else b"" if self.path(n).is_file() else None) for n in names}

    def rows(self, name: str, sql: str, *args) -> list[tuple]:
        conn = sqlite3.connect(f"file:{self.path(name)}?mode=ro", uri=True)
        try:
            return conn.execute(sql, args).fetchall()
        finally:
            conn.close()


def build_template(folder: Path) -> None:
    """The world's files, made once and copied for each case."""
    shutil.copy(DATA / "mini-pack.yaml", folder / "mini.yaml")
    (folder / "hostile.yaml").write_text(yaml.safe_dump(hostile_pack_data(), allow_unicode=True), encoding="utf-8")
    store = Store.open(folder / "progress.db")
    try:
        hostile = StudySession(load_pack(folder / "hostile.yaml"), store, "ann", clock=lambda: NOW)
        hostile.answer(f"mayor {EVIL}", hostile.next_card())
        mini = StudySession(load_pack(folder / "mini.yaml"), store, f"eve {EVIL}", clock=lambda: NOW)
        mini.answer("Marta Olsen", mini.next_card())
        store.backup(folder / "backup.bak")
        mini.answer(f"wrong {EVIL}", mini.next_card())  # progress newer than the backup
    finally:
        store.close()


def new_world(template: Path) -> World:
    """A copy of the template in a folder of its own that another user could read
    (the read-only cases run as `nobody` when the tests run as root)."""
    root = Path(tempfile.mkdtemp(prefix="studybot-paths-"))
    os.chmod(root, 0o755)
    for item in template.iterdir():
        shutil.copy(item, root / item.name)
        os.chmod(root / item.name, 0o644)
    return World(root)


def remove_world(world: World) -> None:
    for folder, dirs, _ in os.walk(world.root):
        for name in dirs:
            os.chmod(Path(folder) / name, 0o755)
    os.chmod(world.root, 0o755)
    shutil.rmtree(world.root, ignore_errors=True)


# ------------------------------------------------------------------ damage


def damage_index(db: Path, index: str = "idx_reviews_overridden") -> None:
    """Overwrite the root page of an index start-up never reads with garbage."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (index,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with db.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\xff" * 64)


def with_pending_wal(db: Path, target: Path, sql: str) -> None:
    """Copy `db` to `target` with a write-ahead log holding one committed change (`sql`)
    not yet merged: the state a killed process leaves."""
    shutil.copy(db, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute(sql)
    copies = {side: Path(f"{target}{side}").read_bytes() for side in ("", "-wal")}
    conn.close()  # merges the log into the file: put the crashed state back
    for side, data in copies.items():
        Path(f"{target}{side}").write_bytes(data)


def dead_pid() -> int:
    """The pid of a process that has ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


# ------------------------------------------------------------------ running


@dataclass(frozen=True)
class Run:
    status: int
    out: bytes
    err: bytes

    @property
    def stdout(self) -> str:
        return self.out.decode("utf-8")

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8")


@functools.lru_cache(maxsize=1)
def other_user() -> list[str] | None:
    """How to run a command as a user the file permissions apply to: nothing when the
    tests do not run as root; setpriv to `nobody` when they do; None when impossible
    (no setpriv, or an interpreter `nobody` cannot run, such as one under /root)."""
    if os.geteuid() != 0:
        return []
    found = shutil.which("setpriv")
    if not found:
        return None
    prefix = [found, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "pass"], capture_output=True, timeout=60)
    return prefix if probe.returncode == 0 else None


def run_studybot(world: World, args: list[str], stdin: bytes = b"", *, as_other: bool = False) -> Run:
    env = dict(os.environ)
    # the studybot under test, whatever the folder the command runs in
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    prefix: list[str] = []
    if as_other:
        prefix = other_user() or []
        env["STUDYBOT_CACHE_DIR"] = ""  # nobody cannot write the test run's cache
    done = subprocess.run([*prefix, sys.executable, "-m", "studybot", *args], input=stdin, capture_output=True,
                          cwd=world.root, env=env, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


def make_readonly(world: World, *names: str) -> None:
    for name in names:
        os.chmod(world.path(name), stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    os.chmod(world.root, 0o555)


def unsafe_characters(data: bytes) -> list[str]:
    """Every control, format, bidi or separator character in output bytes (a newline
    is the one control character allowed); the bytes must be UTF-8."""
    text = data.decode("utf-8")
    return sorted({f"U+{ord(c):04X}" for c in text
                   if c != "\n" and unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")})


def strings_in(value) -> list[str]:
    """Every string inside parsed JSON."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *strings_in(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []
