"""Every path the safety issue (#14) names, and the ones already handled, through the
public commands as a learner, an instructor or an attacker would run them.

Each case runs `python -m studybot ...` in a world of its own (tests/paths_world.py)
and checks: the exit status; one line on stderr saying what happened (or nothing);
no traceback; no control, escape, format (bidi) or separator character anywhere in
the output bytes; and, where nothing should change, the files' bytes unchanged.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from .paths_world import (
    EVIL,
    Run,
    World,
    build_template,
    damage_index,
    dead_pid,
    make_readonly,
    new_world,
    other_user,
    remove_world,
    run_studybot,
    strings_in,
    unsafe_characters,
    with_pending_wal,
)

pytestmark = pytest.mark.slow  # every case runs the command in a new process: run with --slow (CI does)

DB_FILES = ("progress.db", "progress.db-wal")
EVIL_ARG = EVIL.replace("\x00", "")  # a command-line argument cannot hold NUL


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    status: int
    message: str | None = None  # in the one line on stderr; None: stderr stays empty
    out: str | None = None  # in stdout
    stdin: bytes = b""
    setup: Callable[[World], None] | None = None
    unchanged: tuple[str, ...] = ()  # files whose bytes must not change
    check: Callable[[World, Run], None] | None = None
    readonly: tuple[str, ...] | None = None  # files made read-only in a read-only folder
    stderr_lines: int = 1
    json_out: bool = False


# ------------------------------------------------------------------ setups and checks


def add_file(name: str, data: bytes) -> Callable[[World], None]:
    return lambda world: world.path(name).write_bytes(data)


def copy_db(name: str) -> Callable[[World], None]:
    return lambda world: world.path(name).write_bytes(world.db.read_bytes())


def newer_with_wal(world: World) -> None:
    with_pending_wal(world.db, world.path("newer.db"), "PRAGMA user_version=99")


def damaged_index(world: World) -> None:
    damage_index(world.db)


def first_restore(world: World) -> None:
    assert run_studybot(world, ["restore", "backup.bak"]).status == 0


def kept_files(world: World) -> list[Path]:
    return sorted(world.root.glob("progress.db.*.replaced"))


def two_kept_newest_safe(world: World, run: Run) -> None:
    kept = kept_files(world)
    assert len(kept) == 2, kept  # the second restore did not overwrite the first's
    counts = sorted(world.rows(k.name, "SELECT count(*) FROM reviews")[0][0] for k in kept)
    assert counts == [2, 3]  # the backup's 2 reviews, and the newest progress (3) kept


def exported(name: str, *expect: str) -> Callable[[World, Run], None]:
    def check(world: World, run: Run) -> None:
        data = world.path(name).read_bytes()
        assert not unsafe_characters(data)
        for text in expect:
            assert text in data.decode("utf-8")
        assert not [p for p in world.root.iterdir() if p.name.endswith(".part")]  # no temporary file left
    return check


def fifo_beside(world: World) -> None:
    os.mkfifo(world.path("fifo.txt"))
    pack = world.path("mini.yaml").read_text().replace("source: {title: Notes on Saltbay,",
                                                      "source: {text: fifo.txt, title: Notes on Saltbay,")
    world.path("fifo-pack.yaml").write_text(pack)


def source_pack(text: str) -> Callable[[World], None]:
    def setup(world: World) -> None:
        pack = world.path("mini.yaml").read_text().replace("source: {title: Notes on Saltbay,",
                                                          f"source: {{text: '{text}', title: Notes on Saltbay,")
        world.path("source-pack.yaml").write_text(pack)
        os.symlink("/dev/zero", world.path("zero-link.txt"))
        with world.path("huge.txt").open("wb") as fh:  # sparse: 5 GB that take no disk
            fh.truncate(5_000_000_000)
    return setup


def answers_are(*expected: str) -> Callable[[World, Run], None]:
    def check(world: World, run: Run) -> None:
        got = [r[0] for r in world.rows("fresh.db", "SELECT answer FROM reviews ORDER BY id")]
        assert got == list(expected)
    return check


def no_temps(prefix: str) -> Callable[[World, Run], None]:
    def check(world: World, run: Run) -> None:
        assert not [p.name for p in world.root.iterdir() if p.name.startswith(prefix)]
    return check


def stale_temps(world: World) -> None:
    pid = dead_pid()
    for name in (f".fresh.db.{pid}.1.new", f".fresh.db.{pid}.1.new-wal", f".copy.bak.{pid}.ab12.part"):
        world.path(name).write_bytes(b"left by a killed process")


def hint_folder(world: World) -> None:
    world.path("data").mkdir()
    world.path("data/my.db").write_bytes(b"not a database at all" * 100)
    world.path("data/my.db.20260101T000000000000Z.manual.bak").write_bytes(world.db.read_bytes())


def newer_backup(world: World) -> None:
    world.path("newer.bak").write_bytes(world.db.read_bytes())
    import sqlite3

    conn = sqlite3.connect(world.path("newer.bak"))
    conn.execute("PRAGMA user_version=99")
    conn.close()


def both_windows(world: World, run: Run) -> None:
    """Two plain sessions of one learner (--new 2), the first open while the second
    studies: together they introduce 2 new cards, not 4."""
    new = world.rows("two.db", "SELECT count(*) FROM reviews WHERE prev_state=0 AND undone=0")[0][0]
    assert new == 2


def two_windows(world: World) -> None:
    args = [sys.executable, "-m", "studybot", "study", "--plain", "--pack", "mini.yaml", "--db", "two.db",
            "--learner", "ann", "--new", "2"]
    first = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             cwd=world.root)
    assert first.stdout is not None and first.stdin is not None
    line = b"-"
    while line and b"Question:" not in line:  # the first window shows its first new card
        line = first.stdout.readline()
    assert line, first.stderr.read() if first.stderr else ""
    second = subprocess.run(args, input=b"x\nx\nx\n", capture_output=True, cwd=world.root, timeout=60)
    assert second.returncode == 0, second.stderr
    first.communicate(b"x\nx\nx\n", timeout=60)  # then answers it, and would go on to new cards
    assert first.returncode == 0


HOSTILE_OUT = ("TITLE", "SECTION")

CASES = [
    # 1. export never replaces the database (or any file) with CSV
    Case("export-over-its-database", ("export", "--out", "progress.db", "--format", "csv"), 1,
         "is the progress database being read", unchanged=DB_FILES),
    Case("export-over-its-database-forced", ("export", "--out", "progress.db", "--force"), 1,
         "is the progress database being read", unchanged=DB_FILES),
    Case("export-over-another-database", ("export", "--out", "other.db"), 1, "is a SQLite database",
         setup=copy_db("other.db"), unchanged=("other.db", *DB_FILES)),
    Case("export-over-a-file", ("export", "--out", "notes.txt"), 1, "exists; it was not overwritten",
         setup=add_file("notes.txt", b"my notes"), unchanged=("notes.txt",)),
    Case("export-over-a-file-forced", ("export", "--out", "notes.txt", "--force", "--format", "csv"), 0,
         "exported", setup=add_file("notes.txt", b"my notes"), check=exported("notes.txt", "Marta Olsen")),
    Case("export-csv-hostile", ("export", "--out", "new.csv", "--format", "csv"), 0, "exported",
         check=exported("new.csv", "mayor", "eve"), unchanged=DB_FILES),
    Case("export-json-stdout-hostile", ("export",), 0, None, out="mayor", unchanged=DB_FILES, json_out=True),
    Case("export-cards-csv-stdout", ("export", "--format", "csv", "--table", "cards"), 0, None, out="hostile",
         unchanged=DB_FILES),
    # 2. two restores within a second keep both files they replaced
    Case("restore-twice-in-a-second", ("restore", "backup.bak"), 0, None, out="previous file is kept",
         setup=first_restore, check=two_kept_newest_safe),
    Case("restore-a-newer-backup", ("restore", "newer.bak"), 1, "newer studybot", setup=newer_backup,
         unchanged=DB_FILES),
    Case("restore-a-non-backup", ("restore", "mini.yaml"), 1, "not a SQLite database", unchanged=DB_FILES),
    Case("restore-the-database-itself", ("restore", "progress.db"), 1, "the progress database itself",
         unchanged=DB_FILES),
    # 3. hostile text never reaches the terminal raw
    Case("plain-hostile-pack", ("study", "--plain", "--pack", "hostile.yaml", "--db", "fresh.db"), 0, None,
         stdin=f"mayor {EVIL}\n/why\n/hint\nwho is the harbour master {EVIL}?\n/right\n".encode(),
         out="EXPLANATION"),
    Case("grade-hostile-trace", ("grade", "hostile.yaml", "q1", f"mayor {EVIL_ARG}"), 3, None, out="FEEDBACK"),
    Case("grade-hostile-json", ("grade", "hostile.yaml", "q1", f"Olsen {EVIL_ARG}", "--json"), 0, None,
         out="Olsen", json_out=True),
    Case("validate-quotes-hostile-values", ("validate", "bad.yaml"), 1, " error",
         setup=add_file("bad.yaml", b"format: 1\nid: x\ntitle: T\nsections: []\ncards: []\n"
                                    b'"k \\e]0;retitled\\a\\e[2J\\u202e\\x9b2J\\e]52;c;eA==\\a": 1\n'),
         out="unknown field 'k"),
    Case("stats-hostile", ("stats", "--pack", "hostile.yaml", "--learner", "ann"), 0, None, out="SECTION",
         unchanged=DB_FILES),
    Case("stats-json-hostile", ("stats", "--pack", "hostile.yaml", "--learner", "ann", "--json"), 0, None,
         out="SECTION", unchanged=DB_FILES, json_out=True),
    Case("report-hostile", ("report", "progress.db", "--pack", "hostile.yaml"), 0, None, out="mayor",
         unchanged=DB_FILES),
    Case("report-csv-hostile", ("report", "progress.db", "--pack", "hostile.yaml", "--csv"), 0, None,
         out="mayor", unchanged=DB_FILES),
    Case("report-json-hostile", ("report", "progress.db", "--pack", "hostile.yaml", "--json"), 0, None,
         out="SECTION", unchanged=DB_FILES, json_out=True),
    Case("ask-hostile", ("ask", f"who is the harbour master {EVIL_ARG}?", "--pack", "hostile.yaml"), 0, None,
         out="SECTION"),
    Case("ask-hostile-json", ("ask", "who is the harbour master?", "--pack", "hostile.yaml", "--json"), 0, None,
         out="SECTION", json_out=True),
    # 4. a damaged or refused database is never written
    Case("damaged-index-plain", ("study", "--plain", "--learner", "newcomer"), 1, "is damaged",
         stdin=b"x\n", setup=damaged_index, unchanged=DB_FILES),
    Case("damaged-index-stats", ("stats", "--learner", "ann", "--pack", "hostile.yaml"), 1, "is damaged",
         setup=damaged_index, unchanged=DB_FILES),
    Case("newer-with-pending-wal", ("study", "--plain", "--db", "newer.db"), 1, "newer studybot",
         setup=newer_with_wal, unchanged=("newer.db", "newer.db-wal")),
    Case("garbage-database", ("study", "--plain", "--db", "junk.db"), 1, "not a SQLite database",
         setup=add_file("junk.db", b"junk" * 4096), unchanged=("junk.db",)),
    Case("empty-database", ("stats", "--db", "empty.db"), 1, "empty", setup=add_file("empty.db", b""),
         unchanged=("empty.db",)),
    Case("folder-as-database", ("study", "--plain", "--db", "."), 1, "is a directory"),
    Case("foreign-sqlite", ("study", "--plain", "--db", "foreign.db"), 1, "not a studybot progress database",
         setup=lambda w: w.path("foreign.db").write_bytes(_foreign()), unchanged=("foreign.db",)),
    # 5. bytes that are not UTF-8 on stdin
    Case("plain-not-utf8", ("study", "--plain", "--pack", "mini.yaml", "--db", "fresh.db"), 0, None,
         stdin=b"\xff\xfe Marta\n", out="Question", check=answers_are("\ufffd\ufffd Marta")),
    Case("plain-answer-without-line-end", ("study", "--plain", "--pack", "mini.yaml", "--db", "fresh.db"), 0,
         None, stdin=b"Marta Olsen\r\n", check=answers_are("Marta Olsen")),
    # 6. a pack's source text: only a regular file in the pack's folder, with a limit
    Case("source-dev-zero", ("validate", "source-pack.yaml"), 0, None, setup=source_pack("/dev/zero"),
         out="outside the pack's folder"),
    Case("source-link-to-dev-zero", ("validate", "source-pack.yaml"), 0, None, setup=source_pack("zero-link.txt"),
         out="outside the pack's folder"),
    Case("source-huge", ("validate", "source-pack.yaml"), 0, None, setup=source_pack("huge.txt"),
         out="at most 4,000,000"),
    Case("source-fifo", ("validate", "fifo-pack.yaml"), 0, None, setup=fifo_beside, out="not a regular file"),
    Case("source-fifo-ask", ("ask", "who is the harbour master?", "--pack", "fifo-pack.yaml"), 0, None,
         setup=fifo_beside, out="Marta Olsen"),
    Case("pack-is-a-fifo", ("validate", "fifo.txt"), 1, " error", setup=lambda w: os.mkfifo(w.path("fifo.txt")),
         out="not a regular file"),
    Case("pack-is-dev-zero", ("study", "--plain", "--pack", "/dev/zero", "--db", "fresh.db"), 1,
         "the pack cannot be studied: /dev/zero:1:1: error: is not a regular file"),
    # 7. no traceback on a bad destination or argument
    Case("backup-to-missing-folder", ("backup", "--to", "nowhere/x.bak"), 1, "does not exist"),
    Case("backup-to-a-folder", ("backup", "--to", "saved"), 0, None, out="saved/progress.db.",
         setup=lambda w: w.path("saved").mkdir(), unchanged=DB_FILES),
    Case("backup-over-a-file", ("backup", "--to", "notes.txt"), 1, "exists; it was not overwritten",
         setup=add_file("notes.txt", b"my notes"), unchanged=("notes.txt", *DB_FILES)),
    Case("backup-over-its-database", ("backup", "--to", "progress.db", "--force"), 1,
         "is the progress database being read", unchanged=DB_FILES),
    Case("export-to-missing-folder", ("export", "--out", "nowhere/x.json"), 1, "does not exist"),
    Case("new-too-large", ("study", "--plain", "--new", "99999999999999999999"), 2, "out of range"),
    Case("new-negative", ("study", "--plain", "--new", "-5"), 2, "out of range"),
    Case("learner-not-utf8", ("study", "--plain", "--learner", "\udcff"), 2, "not UTF-8"),
    Case("db-not-utf8", ("stats", "--db", "\udcff.db"), 2, "not UTF-8"),
    Case("section-unknown", ("study", "--plain", "--pack", "mini.yaml", "--section", "nosuch"), 1,
         "no section 'nosuch'"),
    Case("tag-is-not-a-pattern", ("study", "--plain", "--pack", "mini.yaml", "--tag", "%"), 1,
         "no card of the pack has the tag '%'"),
    Case("report-limit-negative", ("report", "progress.db", "--limit", "-3"), 2, "out of range"),
    # 8. read-only commands on a read-only file in a read-only folder
    Case("stats-read-only", ("stats", "--learner", "ann", "--pack", "hostile.yaml"), 0, None, out="SECTION",
         readonly=("progress.db",), unchanged=DB_FILES),
    Case("export-read-only", ("export", "--format", "csv"), 0, None, out="mayor", readonly=("progress.db",),
         unchanged=DB_FILES),
    Case("report-read-only", ("report", "progress.db", "--pack", "hostile.yaml"), 0, None, out="1 learner",
         readonly=("progress.db",), unchanged=DB_FILES),
    Case("export-into-read-only-folder", ("export", "--out", "x.json"), 1, "permission denied",
         readonly=("progress.db",), unchanged=DB_FILES),
    # 9. the same learner in two windows shares one daily limit of new cards
    Case("two-windows-one-limit", ("stats", "--db", "two.db", "--learner", "ann", "--pack", "mini.yaml"), 0,
         None, setup=two_windows, check=both_windows),
    # also: stale temporary files, a database named twice, the restore hint, packs that attack the loader
    Case("stale-temps-first-start", ("study", "--plain", "--pack", "mini.yaml", "--db", "fresh.db"), 0, None,
         setup=stale_temps, check=no_temps(".fresh.db.")),
    Case("stale-temps-backup", ("backup", "--to", "copy.bak"), 0, None, setup=stale_temps,
         check=no_temps(".copy.bak.")),
    Case("report-same-database-twice", ("report", "progress.db", "./progress.db", "progress.db", "--pack",
                                        "mini.yaml"), 0, "the same file as progress.db", stderr_lines=2,
         out="1 learner in 1 database", unchanged=DB_FILES),
    Case("restore-hint-names-the-database", ("study", "--plain", "--db", "data/my.db"), 1,
         "studybot restore data/my.db.20260101T000000000000Z.manual.bak --db data/my.db", setup=hint_folder,
         unchanged=("data/my.db",)),
    Case("billion-laughs", ("validate", "laughs.yaml"), 1, " error", out="error",
         setup=add_file("laughs.yaml", b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\n"
                                       b"c: &c [*b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c]\n")),
    Case("pack-not-utf8", ("grade", "latin1.yaml", "q", "x"), 1, "not UTF-8",
         setup=add_file("latin1.yaml", "title: caf\u00e9\n".encode("latin-1"))),
    Case("missing-pack", ("ask", "why?", "--pack", "nope.yaml"), 1, "no such file"),
    Case("missing-database", ("stats", "--db", "nope.db"), 1, "no progress database here yet"),
]


def _foreign() -> bytes:
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.db"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.commit()
        conn.close()
        return path.read_bytes()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("paths-template")
    build_template(folder)
    return folder


@pytest.fixture
def world(template):
    made = new_world(template)
    yield made
    remove_world(made)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_path(case: Case, world: World) -> None:
    if case.readonly is not None and other_user() is None:
        pytest.skip("running as root and no other user can run this interpreter: a read-only folder is not read-only")
    if case.setup is not None:
        case.setup(world)
    if case.readonly is not None:
        make_readonly(world, *case.readonly)
    before = world.snapshot(case.unchanged)
    run = run_studybot(world, [world.fmt(a) for a in case.args], case.stdin, as_other=case.readonly is not None)
    assert run.status == case.status, run.stderr + run.stdout
    assert "Traceback" not in run.stderr and "Traceback" not in run.stdout
    assert not unsafe_characters(run.out), unsafe_characters(run.out)
    assert not unsafe_characters(run.err), unsafe_characters(run.err)
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if case.message is None:
        assert not lines, run.stderr
    else:
        assert len(lines) == case.stderr_lines, run.stderr
        assert case.message in run.stderr, run.stderr
    if case.out is not None:
        assert case.out in run.stdout, run.stdout[-2000:]
    if case.json_out:
        assert not [s for s in strings_in(json.loads(run.stdout)) if unsafe_characters(s.encode())]
    assert world.snapshot(case.unchanged) == before, "a file that must not change changed"
    if case.check is not None:
        case.check(world, run)


def test_hostile_text_is_visible_but_harmless(world: World) -> None:
    """The cleaning keeps what a hostile text says (its words, brackets) and drops
    only what acts on the terminal."""
    run = run_studybot(world, ["study", "--plain", "--pack", "hostile.yaml", "--db", "fresh.db"],
                       f"mayor {EVIL}\n/why\n".encode())
    for word in ("TITLE", "SECTION", "PROMPT", "FEEDBACK", "EXPLANATION"):
        assert word in run.stdout
    assert not re.search(r"retitled|\]52;|\[2J|2J", run.stdout)  # each sequence went whole, payload too
