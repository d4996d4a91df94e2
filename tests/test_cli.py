"""The command line, run as a user would run it (a subprocess, exit codes, output)."""

from __future__ import annotations

import json
import subprocess
import sys

from studybot.paths import default_pack


def run(*args: str, cwd=None):
    return subprocess.run([sys.executable, "-m", "studybot", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


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
