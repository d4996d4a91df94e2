"""Small widgets shared by the screens. All text is shown literally: `Content(clean(text))`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ..core.text import clean

MODES = (("study", "F2", "Study"), ("ask", "F3", "Ask"), ("progress", "F4", "Progress"), ("packs", "F5", "Packs"),
         ("cards", "F6", "Cards"))


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
    """The conversation, newest at the bottom. After each turn it settles: the whole of the
    turn in view (a verdict and the next question together), resting at the end when the turn
    fits, else at the top of the turn; again after a resize or a return to the screen."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.turn_start: Bubble | None = None  # the first bubble of the latest turn

    def say(self, text: str, kind: str) -> Bubble:
        bubble = Bubble(text, kind)
        self.mount(bubble)
        self.settle()
        return bubble

    async def turn(self, said: list[tuple[str, str]]) -> list[Bubble]:
        """Show one turn (text, kind) of the conversation and settle on it."""
        bubbles = [Bubble(text, kind) for text, kind in said]
        if bubbles:
            await self.mount_all(bubbles)
            self.turn_start = bubbles[0]
        self.settle()
        return bubbles

    def settle(self) -> None:
        """Scroll once the layout is done (a new bubble has no height before it)."""
        self.call_after_refresh(self._settle)

    def _settle(self) -> None:
        anchor = self.turn_start
        if anchor is None or not anchor.is_attached:
            self.scroll_end(animate=False, immediate=True)
            return
        top = anchor.virtual_region.y
        if self.virtual_size.height - top <= self.scrollable_content_region.height:
            self.scroll_end(animate=False, immediate=True)
        else:  # the turn is taller than the view: its beginning (the verdict) first
            self.scroll_to(y=top, animate=False, immediate=True)

    def on_resize(self) -> None:
        self.settle()

    def at_rest(self) -> bool:
        """Whether the view rests where `settle` puts it (for tests and the benchmark)."""
        anchor = self.turn_start
        if anchor is None or not anchor.is_attached:
            return self.scroll_y == self.max_scroll_y
        return self.scroll_y in (self.max_scroll_y, min(anchor.virtual_region.y, self.max_scroll_y))

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
    """'ctrl+t' -> '^t' (long: 'Ctrl+T'), 'f1' -> 'F1', 'enter' -> 'Enter', 'escape' -> 'Esc' (the first
    of alternatives)."""
    key = key.split(",")[0]
    if key == "escape":
        return "Esc"
    if not key.isascii():  # already a symbol ("↑↓")
        return key
    if key.startswith("ctrl+"):
        return ("Ctrl+" + key[5:].upper()) if long else "^" + key[5:]
    return key.upper() if key.startswith("f") and key[1:].isdigit() else key.capitalize() if len(key) > 1 else key


KeyItem = tuple[str, str, str]  # (key, action, description)
BindingLike = Binding | tuple[str, str] | tuple[str, str, str]  # as in a BINDINGS list


class KeyBar(Static):
    """The keys of one screen on one line (lighter than Textual's Footer, and it reads the
    same without colour). Only the keys given are shown, never inherited ones; when the
    line is too narrow, the last keys before Quit give way (F1, on the mode bar, lists all)."""

    def __init__(self, bindings: Iterable[BindingLike]) -> None:
        items: list[KeyItem] = []
        for binding in bindings:
            if isinstance(binding, Binding):
                if binding.show:
                    items.append((binding.key, binding.action, binding.description))
            elif len(binding) == 3:
                items.append((binding[0], binding[1], binding[2]))
        self.items = [*items, ("ctrl+q", "quit", "Quit")]
        super().__init__(self._content(self.items), classes="keybar", markup=False)

    @staticmethod
    def _content(items: list[KeyItem]) -> Content:
        parts: list[str | tuple[str, str]] = []
        for key, _, description in items:
            if parts:
                parts.append("  ")
            parts += [(key_label(key), "bold"), f" {description}"]
        return Content.assemble(*parts)

    def fitted(self, width: int) -> Content:
        """The keys that fit in `width` cells, dropping from the end (Quit stays)."""
        items = list(self.items)
        content = self._content(items)
        while content.cell_length > width and len(items) > 2:
            del items[-2]
            content = self._content(items)
        return content

    def on_resize(self) -> None:
        self.update(self.fitted(self.content_size.width))

    def shown(self) -> str:
        """The text of the bar as drawn now."""
        return str(self.fitted(self.content_size.width) if self.content_size.width else self._content(self.items))
