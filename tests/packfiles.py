"""Packs of tests/data/packs (other fields and languages) for tests and benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from studybot.core.packs import Pack, load_pack

PACKS = Path(__file__).parent / "data" / "packs"
# looked at while tuning
DEVELOPMENT = ("plate-tectonics", "ussr-1991", "marshall-plan", "mendeleev", "tcp-ip", "petr-reforms")
HELD_OUT = ("respiration", "baikal")  # measured only: they estimate a pack nobody tuned on


class PackFile(NamedTuple):
    pack: Pack
    language: str
    synonyms: tuple[tuple[str, ...], ...]


def open_pack(path: str | Path) -> PackFile:
    """A pack file with its language and synonym groups."""
    pack = load_pack(path)
    return PackFile(pack, pack.language, pack.synonyms)


def questions_of(name: str) -> Path:
    return PACKS / f"{name}.questions.yaml"
