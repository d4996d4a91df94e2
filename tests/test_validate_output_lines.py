"""`studybot validate` prints each problem and then the file's count of errors each on a line of its own, on one
stream (stdout), so the count never runs into the last message however a reader joins stdout and stderr (reported
by instructors: "...(YAML: mapping values are not allowed in this context)jacquard.yaml: 1 error", "...or move the
examplejacquard.yaml: 3 errors"). Invented packs: a YAML slip, and examples the grader judges otherwise."""

from __future__ import annotations

from pathlib import Path

from .cli import edited_mini_pack, run


def test_a_yaml_slip_and_its_count_are_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "weaving.yaml"
    path.write_text("format: 1\nid: weaving\ntitle: Weaving\nsections:\n  - id: s\n    title: S\n"
                    "    notes: the warp: the weft: the shuttle\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == f"{path}: 1 error"
    assert lines[-2].startswith(f"{path}:7:") and lines[-2].endswith("in this context)")
    assert result.stderr == ""
    assert (result.stdout.rstrip("\n") + result.stderr).splitlines()[-1] == f"{path}: 1 error"

def test_example_errors_and_their_count_are_lines_of_their_own(tmp_path: Path) -> None:
    path, _ = edited_mini_pack(tmp_path, "wrong: [Maria Olsson, the mayor]",
                               "wrong: [Maria Olsson, the mayor, Marta Olsen]", name="loom.yaml")
    result = run("validate", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    errors = [line for line in lines if ": error: " in line]
    assert errors and all(line.startswith(f"{path}:") for line in errors)
    assert lines[-1] == f"{path}: {len(errors)} error" + ("s" if len(errors) > 1 else "")
    assert result.stderr == ""
