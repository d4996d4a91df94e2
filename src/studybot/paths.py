"""Where the bundled packs live, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

DEFAULT_PACK = "belarus-us-2019.yaml"


def content_dir() -> Path:
    """The folder of bundled packs: `studybot/content` inside a wheel, or the
    checkout's top-level `content/` for a source or editable install."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "content", here.parent.parent / "content"):
        if (candidate / DEFAULT_PACK).is_file():
            return candidate
    return here / "content"


def bundled_packs() -> list[Path]:
    return sorted(content_dir().glob("*.yaml"))


def default_pack() -> Path:
    return content_dir() / DEFAULT_PACK
