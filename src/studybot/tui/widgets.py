"""Small widgets shared by the screens. All text is shown literally: `Content(clean(text))`."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ..core.text import clean

MODES = (("study", "F2", "Study"), ("ask", "F3", "Ask"), ("progress", "F4", "Progress"), ("packs", "F5", "Packs"))


def literal(text: str) -> Content:
    """Untrusted or pack text, cleaned and never parsed as markup."""
    return Content(clean(text))


class Bubble(Static):
    """One turn of a conversation."""

    def __init__(self, text: str, kind: str):
        super().__init__(literal(text), classes=f"bubble {kind}", markup=False)
        self.kind = kind
        self.text = clean(text)


class Transcript(VerticalScroll):
    """The conversation, newest at the bottom."""

    def say(self, text: str, kind: str) -> Bubble:
        bubble = Bubble(text, kind)
        self.mount(bubble)
        self.call_after_refresh(self.scroll_end, animate=False)  # once the bubble has its height
        return bubble

    def texts(self, kind: str | None = None) -> list[str]:
        return [b.text for b in self.query(Bubble) if kind is None or b.kind == kind]


class ModeBar(Static):
    """The modes and their keys, the current one highlighted (one line, one widget)."""

    def __init__(self, current: str):
        parts: list = [("studybot  ", "bold")]
        for mode, key, label in MODES:
            parts.append((f" {key} {label} ", "bold reverse" if mode == current else ""))
        parts.append("   F1 Help")
        super().__init__(Content.assemble(*parts), classes="modebar", markup=False)
        self.current = current


def key_label(key: str, long: bool = False) -> str:
    """'ctrl+t' -> '^t' (long: 'Ctrl+T'), 'f1' -> 'F1', 'enter' -> 'Enter' (the first of alternatives)."""
    key = key.split(",")[0]
    if key.startswith("ctrl+"):
        return ("Ctrl+" + key[5:].upper()) if long else "^" + key[5:]
    return key.upper() if key.startswith("f") and key[1:].isdigit() else key.capitalize() if len(key) > 1 else key


class KeyBar(Static):
    """The keys of a screen on one line (lighter than Textual's Footer, and it reads
    the same without colour)."""

    def __init__(self, bindings) -> None:
        parts: list = []
        for binding in [*bindings, ("ctrl+q", "quit", "Quit")]:
            key, description = (binding[0], binding[2]) if isinstance(binding, tuple) else \
                (binding.key, binding.description)
            if parts:
                parts.append("  ")
            parts += [(key_label(key), "bold"), f" {description}"]
        super().__init__(Content.assemble(*parts), classes="keybar", markup=False)
