"""Packs of tests/data/packs (other fields and languages) for tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

PACKS = Path(__file__).parent / "data" / "packs"
# looked at while tuning
DEVELOPMENT = ("plate-tectonics", "ussr-1991", "marshall-plan", "mendeleev", "tcp-ip", "petr-reforms")
HELD_OUT = ("respiration", "baikal", "black-death", "ohm-law")  # measured only: they estimate a pack nobody tuned on


def questions_of(name: str) -> Path:
    return PACKS / f"{name}.questions.yaml"
