"""Loading a pack file, with a cache of parsed packs as JSON.

A pack that loaded cleanly is remembered in the cache folder ($STUDYBOT_CACHE_DIR, or
$XDG_CACHE_HOME/studybot, or ~/.cache/studybot) under a name made of a hash of the
file's text and `CODE_KEY`, a hash of every module the parsed result depends on. So
an edited pack, or an edited loader, is parsed afresh; stale entries are never read.
An empty STUDYBOT_CACHE_DIR turns the cache off. A missing, unreadable or damaged
cache entry only means parsing again; a read-only home means working without it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any, Final

from .checker import load_pack_text
from .model import Card, Keypoint, Mistake, NumberSpec, Pack, Section, Source
from .yamlsafe import read_text

__all__ = ["CODE_KEY", "KEY_MODULES", "cache_file", "code_key", "load_pack"]

KEY_MODULES: Final = ("model.py", "yamlsafe.py", "yamlhelp.py", "reader.py", "fields.py", "objects.py", "checker.py",
                       "cache.py")
"""The modules of this package whose code decides what a parsed pack looks like."""


def code_key(files: Iterable[Path]) -> str:
    """A short hash of the contents of `files`, in order."""
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


CODE_KEY: str = code_key(Path(__file__).with_name(name) for name in KEY_MODULES)
"""`code_key` of KEY_MODULES as this process imported them."""


def load_pack(path: str | Path) -> Pack:
    """Load a pack file. Raises PackError (only) on any problem.

    The cache (see the module docstring) is read first and written after a clean
    parse; the Pack returned is equal either way, with `path` set to `path`."""
    text = read_text(path)
    cached = cache_file(text)
    if cached is not None:
        try:
            return _pack_from_json(json.loads(cached.read_text(encoding="utf-8")), str(path))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # no cache yet, or an unreadable one: parse
    pack = load_pack_text(text, str(path))
    if cached is not None:
        _write_cache(cached, pack)
    return pack


def cache_file(text: str) -> Path | None:
    """Where the parsed form of a pack with this text is cached by this code
    (CODE_KEY), or None when the cache is turned off."""
    folder = os.environ.get("STUDYBOT_CACHE_DIR")
    if folder == "":
        return None
    base = Path(folder) if folder else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "studybot"
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return base / "packs" / f"{digest}-{CODE_KEY}.json"


def _write_cache(target: Path, pack: Pack) -> None:
    data = asdict(pack)
    data.pop("path", None)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.{os.getpid()}")
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        pass  # a read-only home: studybot works without the cache


def _card_from_json(c: dict[str, Any]) -> Card:
    fields = dict(c)
    fields["number"] = NumberSpec(**c["number"]) if c["number"] else None
    fields["keypoints"] = tuple(Keypoint(k["point"], tuple(k["accept"])) for k in c["keypoints"])
    fields["mistakes"] = tuple(Mistake(tuple(m["match"]), m["feedback"]) for m in c["mistakes"])
    fields["blanks"] = tuple(tuple(b) for b in c["blanks"])
    for name in ("accept", "options", "items", "examples_right", "examples_wrong", "tags"):
        fields[name] = tuple(c[name])
    return Card(**fields)


def _pack_from_json(data: dict[str, Any], path: str) -> Pack:
    return Pack(id=data["id"], title=data["title"], sections=tuple(Section(**s) for s in data["sections"]),
                cards=tuple(_card_from_json(c) for c in data["cards"]), source=Source(**data["source"]),
                aliases={k: tuple(v) for k, v in data["aliases"].items()}, path=path, format=data["format"],
                language=data["language"], synonyms=tuple(tuple(group) for group in data["synonyms"]))
