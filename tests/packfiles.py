"""Packs of tests/data/packs with their `language` and `synonyms`, for tests and benchmarks.

Until the pack loader knows the two fields (a parallel branch adds them), a pack that
has them is loaded from a copy of its text without them, and the two values are read
here and handed to whoever needs them (the Tutor takes them as arguments).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import yaml

from studybot.core.packs import Pack, PackError, load_pack, load_pack_text

PACKS = Path(__file__).parent / "data" / "packs"
DEVELOPMENT = ("plate-tectonics", "ussr-1991")  # tuned on
HELD_OUT = ("respiration", "baikal")  # measured once, at the end

_LANGUAGE = re.compile(r"^language:.*\n", re.MULTILINE)
_SYNONYMS = re.compile(r"^synonyms:.*\n(?:(?:[ \t#-].*|)\n)*", re.MULTILINE)


class PackFile(NamedTuple):
    pack: Pack
    language: str
    synonyms: tuple[tuple[str, ...], ...]


def open_pack(path: str | Path) -> PackFile:
    """A pack file with its language and synonym groups (read from the file itself)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    language = str(data.get("language") or "en")
    synonyms = tuple(tuple(str(w) for w in group) for group in data.get("synonyms") or ())
    try:
        pack = load_pack(path)
    except PackError:
        pack = load_pack_text(_SYNONYMS.sub("", _LANGUAGE.sub("", text)), str(path))
    return PackFile(pack, language, synonyms)


def questions_of(name: str) -> Path:
    return PACKS / f"{name}.questions.yaml"
