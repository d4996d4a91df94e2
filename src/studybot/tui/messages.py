"""The messages screens send each other through the app (Textual messages, so no
screen reaches into another)."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

__all__ = ["PackChanged", "PackChosen", "StudyRequested"]


class StudyRequested(Message):
    """Another mode asks Study to run a command ("quiz" on a section, "hint", "why")."""

    def __init__(self, command: str, target: str | None = None) -> None:
        super().__init__()
        self.command = command
        self.target = target


class PackChosen(Message):
    """The learner chose another pack (Packs mode); the app opens it."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class PackChanged(Message):
    """The app opened another pack: Study starts over on it."""
