"""The command line, run as a user would run it (a subprocess, exit codes, output)."""

from __future__ import annotations

import json
import subprocess
import sys

from studybot.paths import default_pack

from .cli import run


def test_validate_clean_pack_exits_0(mini_pack_path):
    result = run("validate", str(mini_pack_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok" in result.stdout and "9 cards" in result.stdout


def test_validate_bundled_pack_exits_0():
    result = run("validate", str(default_pack()))
    assert result.returncode == 0, result.stdout + result.stderr


def test_validate_malformed_pack_exits_1_with_locations(tmp_path, mini_pack_path):
    bad = tmp_path / "bad.yaml"
    text = mini_pack_path.read_text().replace("kind: short", "kind: shrot", 1).replace("prompt:", "promt:", 2)
    bad.write_text(text)
    result = run("validate", str(bad), str(mini_pack_path))
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith(str(bad))]
    assert len(lines) >= 2
    for line in lines:
        path, lineno, col, rest = line.split(":", 3)
        assert int(lineno) > 0 and int(col) > 0 and "error" in rest
    assert "Traceback" not in result.stderr


def test_validate_missing_file_is_a_message(tmp_path):
    result = run("validate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1 and "no such file" in result.stdout
    assert "Traceback" not in result.stderr


def test_validate_reports_examples_the_grader_disagrees_with(tmp_path, mini_pack_path):
    bad = tmp_path / "pack.yaml"
    bad.write_text(mini_pack_path.read_text().replace("wrong: [Maria Olsson, the mayor]",
                                                       "wrong: [Maria Olsson, the mayor, Marta Olsen]"))
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert "'Marta Olsen' is listed as wrong" in result.stdout


def test_grade_json(mini_pack_path):
    result = run("grade", str(mini_pack_path), "fish-exports", "$301m", "--json")
    data = json.loads(result.stdout)
    assert data["correct"] is False and data["reason"] == "quantity"
    assert result.returncode == 3
    result = run("grade", str(mini_pack_path), "fish-exports", "three hundred and ten million dollars", "--json")
    assert json.loads(result.stdout)["correct"] is True and result.returncode == 0


def test_grade_unknown_card(mini_pack_path):
    result = run("grade", str(mini_pack_path), "nope", "x")
    assert result.returncode == 2 and "no card 'nope'" in result.stderr


def test_backup_export_and_restore(tmp_path, mini_pack_path):
    from datetime import UTC, datetime

    from studybot.core.packs import load_pack
    from studybot.core.session import StudySession
    from studybot.core.store import Store

    db = tmp_path / "progress.db"
    store = Store.open(db)
    session = StudySession(load_pack(mini_pack_path), store, "ann", clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    session.answer("Marta Olsen", session.next_card())
    store.close()

    result = run("backup", "--db", str(db), "--to", str(tmp_path / "copy.bak"))
    assert result.returncode == 0 and (tmp_path / "copy.bak").exists(), result.stderr

    result = run("export", "--db", str(db), "--format", "json")
    data = json.loads(result.stdout)
    assert data["reviews"][0]["answer"] == "Marta Olsen" and len(data["cards"]) == 9

    result = run("export", "--db", str(db), "--format", "csv", "--table", "reviews")
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("id,learner,pack_id,card_id") and "Marta Olsen" in lines[1]

    result = run("export", "--db", str(db), "--learner", "nobody")
    assert result.returncode == 1 and "no learner 'nobody'" in result.stderr

    db.write_bytes(b"garbage" * 1000)
    result = run("export", "--db", str(db))
    assert result.returncode == 1 and "Traceback" not in result.stderr and "copy.bak" not in result.stderr

    result = run("restore", str(tmp_path / "copy.bak"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "previous file is kept" in result.stdout
    data = json.loads(run("export", "--db", str(db)).stdout)
    assert len(data["reviews"]) == 1


def test_study_rejects_a_bad_retention():
    result = run("study", "--retention", "1.5")
    assert result.returncode == 1 and "retention" in result.stderr


def test_ask(mini_pack_path):
    result = run("ask", "who is the harbour master?", "--pack", str(mini_pack_path))
    assert result.returncode == 0 and "Marta Olsen" in result.stdout and "(from: The port)" in result.stdout
    data = json.loads(run("ask", "what is the population of Mars?", "--pack", str(mini_pack_path), "--json").stdout)
    assert data["kind"] == "decline"
    data = json.loads(run("ask", "quiz me on history", "--pack", str(mini_pack_path), "--json").stdout)
    assert data["kind"] == "intent" and data["intent"] == "quiz" and data["target"] == "history"


def test_a_pack_file_as_first_argument_is_studied(tmp_path, mini_pack_path):
    # an instructor's first try, `studybot mypack.yaml`, was refused as an unknown command
    args = [sys.executable, "-m", "studybot", str(mini_pack_path), "--db", str(tmp_path / "p.db")]
    piped = subprocess.run(args, input="Marta Olsen\n", capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert "Question: Who is the harbour master of Saltbay?" in piped.stdout and "✓ Right." in piped.stdout
    missing = run(str(tmp_path / "nowhere.yaml"))
    assert missing.returncode != 0 and "nowhere.yaml" in missing.stderr and "Traceback" not in missing.stderr


def test_study_and_stats_take_the_pack_file_as_validate_does(tmp_path, mini_pack_path):
    # a learner's first try, `studybot study mypack.yaml`, was refused: "unrecognized arguments"
    args = [sys.executable, "-m", "studybot", "study", str(mini_pack_path), "--db", str(tmp_path / "p.db")]
    piped = subprocess.run(args, input="Marta Olsen\n", capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert "Question: Who is the harbour master of Saltbay?" in piped.stdout and "✓ Right." in piped.stdout
    stats = run("stats", str(mini_pack_path), "--db", str(tmp_path / "p.db"), "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["reviews_today"] == 1


def test_study_without_a_terminal_runs_the_line_mode_and_exits(tmp_path, mini_pack_path):
    # the bug: `studybot < answers.txt` started the full-screen app, which never exited and used a whole core
    args = [sys.executable, "-m", "studybot", "--pack", str(mini_pack_path), "--db", str(tmp_path / "p.db")]
    piped = subprocess.run(args, input="Marta Olsen\nI don't know\n", capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    assert "Question: Who is the harbour master of Saltbay?" in piped.stdout and "✓ Right." in piped.stdout
    assert "The answer: 14 June 1788" in piped.stdout and "Session done: 2 answers" in piped.stdout
    assert "not a terminal" in piped.stderr and "Traceback" not in piped.stderr
    empty = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert empty.returncode == 0 and "Question:" in empty.stdout
