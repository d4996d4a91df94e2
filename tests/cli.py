"""The studybot command run as a person runs it, and a copy of the mini pack with one edit, for the CLI tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import MINI_PACK


def run(*args: str, cwd: Path | str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m studybot ARGS`, its output captured as text."""
    return subprocess.run([sys.executable, "-m", "studybot", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def edited_mini_pack(tmp_path: Path, old: str, new: str, name: str = "pack.yaml") -> tuple[Path, int]:
    """The mini pack with its first `old` replaced by `new`, written to `tmp_path/name`; and the
    line on which the edit starts."""
    text = MINI_PACK.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path, text[:text.index(old)].count("\n") + 1
