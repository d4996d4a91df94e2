"""Small widgets shared by the screens. All text is shown literally: `Content(clean(text))`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len
from textual import events
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Input, Static

from ..chrome import CHROME, chrome
from ..core.text import clean
from ..core.wording import count

MODES = (("study", "F2"), ("ask", "F3"), ("progress", "F4"), ("packs", "F5"), ("cards", "F6"))  # labels: `chrome`


class AnswerLine(Input):
    """The line a learner types an answer or a question in. Enter submits what was typed before
    it, even when the next keys come in the same read (a fast typist, keys that waited while the
    app was busy, a slow remote link): Textual runs Input's Enter binding only once the key has
    gone up to the app, by which time the keys behind it are already in the line ("marta
    olsen⏎x" graded "marta olsenx"). Its screen then takes `submitted` off the line, leaving
    what was typed after Enter for the next question."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            await self.action_submit()
            return
        await super()._on_key(event)

    def take(self, submitted: str) -> None:
        """Remove the line just submitted, keeping what was typed after its Enter."""
        self.value = self.value[len(submitted):] if self.value.startswith(submitted) else ""


def literal(text: str) -> Content:
    """Untrusted or pack text, cleaned and never parsed as markup."""
    return Content(clean(text))


_MARKER = re.compile(r"[✓✗◐•·*-]|[a-z]\)|\d+[.)]")  # what starts an item: "✓", "b)", "2."


def hanging(text: str, width: int) -> str:
    """`text` with each indented line that is wider than `width` cells wrapped under itself:
    its next rows start where its words do (after the indent and an item's mark: "  ✓ "),
    not at the left edge as Textual would wrap them. Other lines are left to Textual."""
    if width <= 0:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        first = body.split(" ", 1)[0]
        hang = indent + (len(first) + 1 if _MARKER.fullmatch(first) else 0)
        if not indent or cell_len(line) <= width or hang > width // 2:
            out.append(line)
            continue
        row = " " * indent
        for word in body.split(" "):
            if row.strip() and cell_len(row) + 1 + cell_len(word) > width:
                out.append(row)
                row = " " * hang
            row += word if not row.strip() else " " + word
        out.append(row)
    return "\n".join(out)


class Hanging(Visual):
    """Text shown literally whose indented lines wrap under their own words (`hanging`), at
    whatever width Textual measures or draws it: the height it lays out is the height drawn,
    so a verdict's rows are counted right when the transcript settles and folds."""

    def __init__(self, text: str):
        self.text = clean(text)
        self._plain = Content(self.text)
        self._laid: tuple[int, Content] = (-1, self._plain)

    def __str__(self) -> str:
        return self.text

    def at(self, width: int) -> Content:
        """The text wrapped for `width` cells (remembered for the last width asked)."""
        if self._laid[0] != width:
            self._laid = (width, Content(hanging(self.text, width)))
        return self._laid[1]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        pad = options.rules.get("line_pad", 0) * 2
        return self.at(width - pad).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._plain.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self._plain.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.at(width - rules.get("line_pad", 0) * 2).get_height(rules, width)


def folded_note(hidden: int, language: str = "en") -> str:
    """The line a folded verdict shows in place of its `hidden` lines, in `language`."""
    if hidden == 1:
        return chrome("folded_one", language)
    return chrome("folded", language, n=hidden, noun=count(hidden, "line", language).split(" ", 1)[1])


VERDICTS = ("right", "wrong")  # the bubbles that may fold (a verdict, or the answer shown)


class Bubble(Static):
    """One turn of a conversation. A verdict can fold: its first line, a line saying how
    much is hidden and its last lines (the answer, the source), so that the next question
    fits beside it; PgUp unfolds it."""

    def __init__(self, text: str, kind: str):
        super().__init__(Hanging(text), classes=f"bubble {kind}", markup=False)
        self.kind = kind
        self.text = clean(text)
        self.shown = self.text  # what the bubble shows: the text, or the text folded
        self.folded = False

    def rows(self, text: str) -> int:
        """The rows `text` takes in this bubble at its present width."""
        rules: Any = self.styles  # as Textual measures a widget's content (Widget.get_content_height)
        return Hanging(text).get_height(rules, self.content_size.width)

    def fold_to(self, rows: int) -> bool:
        """Show the whole text if it fits in `rows`, else fold it to fit (at least its first
        line and the fold's note). True when what is shown changed."""
        lines = self.text.split("\n")
        shown = self.text
        if self.content_size.width <= 0:  # not laid out yet: nothing to measure by
            return False
        if self.kind in VERDICTS and len(lines) > 2 and self.rows(self.text) > rows:
            for kept in range(len(lines) - 2, -1, -1):  # the most of the end that fits
                hidden = len(lines) - 1 - kept
                note = folded_note(hidden, getattr(self.parent, "language", "en"))
                shown = "\n".join([lines[0], note, *lines[len(lines) - kept:]])
                if self.rows(shown) <= rows:
                    break
        return self._show(shown)

    def unfold(self) -> bool:
        return self._show(self.text)

    def _show(self, shown: str) -> bool:
        if shown == self.shown:
            return False
        self.shown, self.folded = shown, shown != self.text
        self.update(Hanging(shown))
        return True


class Transcript(VerticalScroll):
    """The conversation, newest at the bottom. After each turn it settles (`_settle`): a verdict
    and the next question in view together, resting at the end when the turn fits; again after
    a resize or a return to the screen."""

    UNPLACED_TRIES, UNPLACED_WAIT = 50, 0.02  # how often and how long a settle waits for a new turn's layout
    # bubbles kept on screen: about the last twenty turns. Older ones leave (the review log keeps every answer), so a
    # turn late in a long session lays out as fast as an early one (with all kept, the 130th answer took 0.5 s)
    KEPT = 60
    language = "en"  # the pack's (set by the screen): a folded verdict's note is said in it

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.turn_start: Bubble | None = None  # the first bubble of the latest turn
        self.rest_y = 0  # where the last settle left the view
        self.pending = 0  # settles asked for and not yet done
        self.unplaced = 0  # settles put off in a row because the turn had no place yet

    def say(self, text: str, kind: str) -> Bubble:
        bubble = Bubble(text, kind)
        self.mount(bubble)
        self.settle()
        return bubble

    async def turn(self, said: list[tuple[str, str]]) -> list[Bubble]:
        """Show one turn (text, kind) of the conversation and settle on it (a verdict of an
        earlier turn, folded to fit, is shown whole again)."""
        for bubble in self.query(Bubble):
            bubble.unfold()
        bubbles = [Bubble(text, kind) for text, kind in said]
        if bubbles:
            await self.mount_all(bubbles)
            self.turn_start = bubbles[0]
            kept = list(self.query(Bubble))
            if len(kept) > self.KEPT:
                await self.remove_children(kept[:len(kept) - self.KEPT])
        self.settle()
        return bubbles

    async def note_verdict(self, text: str, kind: str) -> Bubble:
        """A note on the last verdict ("Marked right by you"), shown under it (and under earlier
        notes on it), above the question that came after it; settled on as a turn."""
        bubbles = list(self.query(Bubble))
        verdicts = [i for i, b in enumerate(bubbles) if b.kind in VERDICTS]
        if not verdicts:
            return (await self.turn([(text, kind)]))[0]
        at = verdicts[-1]
        while at + 1 < len(bubbles) and bubbles[at + 1].has_class("verdict-note"):
            at += 1
        for bubble in bubbles:
            bubble.unfold()
        note = Bubble(text, kind)
        note.add_class("verdict-note")
        await self.mount(note, after=bubbles[at])
        self.turn_start = note
        self.settle()
        return note

    def settle(self) -> None:
        """Scroll once the layout is done (a new bubble has no height before it)."""
        self.pending += 1
        self.call_after_refresh(self._settle_now)

    def _settle_now(self) -> None:
        self.pending -= 1
        self._settle()

    def _settle(self) -> None:
        """Where the view rests after a turn: the whole turn when it fits; else, for a verdict
        and the next question, the verdict folded so that its first line and the question fit,
        and when even that cannot fit, the whole question (the question wins; PgUp shows the
        verdict); else, for any other turn, its beginning."""
        anchor = self.turn_start
        if anchor is None or not anchor.is_attached:
            self.rest(self.max_scroll_y)
            return
        if not anchor.virtual_region.width:  # mounted but not laid out yet (a turn shown as the screen comes
            if not self.pending and self.unplaced < self.UNPLACED_TRIES:  # back): its place is not known, so
                self.unplaced += 1  # lay out and settle once it is (unless a settle is on its way already)
                self.refresh(layout=True)
                self.set_timer(self.UNPLACED_WAIT, self.settle)
            return
        self.unplaced = 0
        view = self.scrollable_content_region.height
        question = self.question_after(anchor)
        if question is not None:
            below = self.virtual_size.height - anchor.virtual_region.bottom  # margins, notes and the question
            if anchor.fold_to(view - below):
                self.settle()  # measure again once the fold is laid out
                return
        top = anchor.virtual_region.y
        if self.virtual_size.height - top <= view:
            self.rest(self.max_scroll_y)
        elif question is None:  # the turn is taller than the view: its beginning first
            self.rest(top)
        elif question.virtual_region.height <= view:
            self.rest(self.max_scroll_y)  # the question whole, the verdict's end above it
        else:
            self.rest(question.virtual_region.y)

    def question_after(self, anchor: Bubble) -> Bubble | None:
        """The question that ends the turn begun by a verdict `anchor` (None for other turns)."""
        bubbles = list(self.query(Bubble))
        last = bubbles[-1] if bubbles else None
        if anchor.kind in VERDICTS and last is not None and last is not anchor and last.kind == "tutor":
            return last
        return None

    def rest(self, y: int) -> None:
        self.rest_y = min(y, self.max_scroll_y)
        self.scroll_to(y=self.rest_y, animate=False, immediate=True)

    def unfold_turn(self) -> bool:
        """PgUp after a folded verdict: show it whole, from its first line. False when
        nothing was folded."""
        anchor = self.turn_start
        if anchor is None or not anchor.is_attached or not anchor.unfold():
            return False
        self.call_after_refresh(lambda: self.scroll_to(y=anchor.virtual_region.y, animate=False, immediate=True))
        return True

    def on_resize(self) -> None:
        self.settle()

    def at_rest(self) -> bool:
        """Whether the view rests where `settle` put it (for tests and the benchmark)."""
        return not self.pending and self.scroll_y == min(self.rest_y, self.max_scroll_y)

    def texts(self, kind: str | None = None) -> list[str]:
        return [b.text for b in self.query(Bubble) if kind is None or b.kind == kind]


class ModeBar(Static):
    """The modes and their keys, the current one highlighted (one line, one widget), in the pack's language."""

    def __init__(self, current: str, language: str = "en"):
        self.current, self.language = current, language
        super().__init__(self._content(), classes="modebar", markup=False)

    def _content(self) -> Content:
        parts: list = [("studybot  ", "bold")]
        for mode, key in MODES:
            parts.append((f" {key} {chrome(mode, self.language)} ", "bold reverse" if mode == self.current else ""))
        parts.append(f"   F1 {chrome('help', self.language)}")
        return Content.assemble(*parts)

    def speak(self, language: str) -> None:
        """Say the modes in `language` (the pack's, once it is open)."""
        if language != self.language:
            self.language = language
            self.update(self._content())


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


def described(key: str, action: str, word: str, show: bool = True, **more: Any) -> Binding:
    """A binding whose description is the app's word `word` (`chrome`): English here, and its `id` the word,
    so that the key bar and the help say it in the pack's language."""
    return Binding(key, action, chrome(word), show=show, id=word, **more)


def spoken(binding: Binding, language: str) -> str:
    """A binding's description in `language` (one made by `described`), else as written."""
    return chrome(binding.id, language) if binding.id in CHROME["en"] else clean(binding.description)


class KeyBar(Static):
    """The keys of one screen on one line (lighter than Textual's Footer, and it reads the
    same without colour). Only the keys given are shown, never inherited ones; when the
    line is too narrow, the last keys before Quit give way (F1, on the mode bar, lists all).
    A description that is one of the app's words (`chrome`) is said in the pack's language (`speak`)."""

    def __init__(self, bindings: Iterable[BindingLike], language: str = "en") -> None:
        self.words: list[tuple[str, str, str]] = []  # (key, action, the app's word or the description as written)
        for binding in bindings:
            if isinstance(binding, Binding):
                if binding.show:
                    self.words.append((binding.key, binding.action, binding.id or binding.description))
            elif len(binding) == 3:
                self.words.append((binding[0], binding[1], binding[2]))
        self.words.append(("ctrl+q", "quit", "quit"))
        self.language = language
        self.hidden: set[str] = set()
        self.all_items = self._said()
        self.items = list(self.all_items)
        super().__init__(self._content(self.items), classes="keybar", markup=False)

    def _said(self) -> list[KeyItem]:
        return [(key, action, chrome(word, self.language) if word in CHROME["en"] else clean(word))
                for key, action, word in self.words]

    def speak(self, language: str) -> None:
        """Say the keys in `language` (the pack's, once it is open)."""
        if language != self.language:
            self.language = language
            self.all_items = self._said()
            self.items = []  # drawn again by `hide`
            self.hide(self.hidden)

    def hide(self, actions: Iterable[str]) -> None:
        """Show every key but those of `actions` (keys that do nothing just now)."""
        hidden = self.hidden = set(actions)
        items = [item for item in self.all_items if item[1] not in hidden]
        if items != self.items:
            self.items = items
            self.update(self.fitted(self.content_size.width) if self.content_size.width else self._content(items))

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
