"""The house keeps every module small enough to read in one sitting: at most 500 lines, split by meaning
when one grows past that."""

from __future__ import annotations

from pathlib import Path

import studybot

LIMIT = 500
SOURCE = Path(studybot.__file__).resolve().parent


def too_long(root: Path, limit: int = LIMIT) -> list[str]:
    """The Python modules under root longer than limit lines, with their length."""
    found = []
    for path in sorted(root.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found.append(f"{path.relative_to(root)}: {lines} lines")
    return found


def test_every_module_is_at_most_500_lines():
    assert len(list(SOURCE.rglob("*.py"))) >= 50
    assert too_long(SOURCE) == []


def test_the_size_check_can_fail(tmp_path):
    (tmp_path / "small.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")
    (tmp_path / "large.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    assert too_long(tmp_path) == [f"large.py: {LIMIT + 1} lines"]
