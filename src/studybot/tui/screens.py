"""The app's other modes: Ask, Progress, Packs; and the help screen.

Screens render plain results from `studybot.core` (through `Services`); every call
that touches the database or the tutor runs in a thread worker, so typing never
freezes.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, ListItem, ListView, Static

from ..conversation import COMMANDS, SAYINGS, SAYINGS_RU
from ..core.text import clean, counted
from ..core.wording import says
from ..present import progress_summary, progress_text, section_table, tutor_error_text
from ..services import ServiceError
from .cards import CardsScreen
from .messages import PackChosen, StudyRequested
from .study import StudyScreen, services_of
from .widgets import MODES, AnswerLine, KeyBar, ModeBar, Transcript, key_label, literal

__all__ = ["AskScreen", "CardsScreen", "HelpScreen", "PacksScreen", "ProgressScreen", "help_text"]


class AskScreen(Screen[None]):
    """Questions to the tutor about the text."""

    BINDINGS = [Binding("escape", "app.study", "Back to study")]

    def compose(self) -> ComposeResult:
        yield ModeBar("ask")
        yield Static(literal(says("ask_intro")), id="intro", markup=False)
        yield Transcript(id="ask-transcript")
        yield AnswerLine(placeholder=says("ask_here"), id="question")
        yield KeyBar([("enter", "", "Ask"), *self.BINDINGS])

    def on_screen_resume(self) -> None:
        pack = services_of(self).pack  # the intro and the question line in the pack's language
        language = pack.language if pack is not None else "en"
        self.query_one("#intro", Static).update(literal(says("ask_intro", language)))
        self.query_one("#question", Input).placeholder = says("ask_here", language)
        self.query_one("#question", Input).focus()
        self.query_one(Transcript).settle()

    @on(Input.Submitted, "#question")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        self.query_one("#question", AnswerLine).take(event.value)
        self.query_one(Transcript).say(event.value, "learner")
        self.consult(text)

    @work(thread=True, exclusive=False, group="tutor")
    def consult(self, question: str) -> None:
        try:
            tutor = services_of(self).tutor
        except ServiceError as exc:
            self.app.call_from_thread(self.query_one(Transcript).say, str(exc), "error")
            return
        try:
            reply = tutor.ask(question)
        except Exception as exc:  # noqa: BLE001 - a tutor bug is shown as an error, never as a decline
            self.app.call_from_thread(self.query_one(Transcript).say, tutor_error_text(exc), "error")
            return
        self.app.call_from_thread(self.replied, reply)

    def replied(self, reply) -> None:
        if reply.kind == "intent":  # "quiz me on trade", "hint", "why?", "what's due?": done in Study
            self.post_message(StudyRequested({"explain": "why"}.get(reply.intent, reply.intent), reply.target))
            return
        kind = "reply" if reply.kind == "answer" else "decline"
        self.query_one(Transcript).say(reply.text, kind)


SECTION_ROWS = 60  # a pack of hundreds of sections shows those that need work
SECTION_COLUMNS = 35  # the section table's columns after the title: cards, seen, mastery bar, due


class ProgressScreen(Screen[None]):
    """How the learner is doing: mastery section by section, activity, retention,
    what falls due, the weakest cards and the disputed grades."""

    BINDINGS = [Binding("r", "refresh", "Refresh")]
    progress: Any = None  # the figures last drawn

    def compose(self) -> ComposeResult:
        yield ModeBar("progress")
        with VerticalScroll(id="progress-body"):
            yield Static(literal("Loading your progress…"), id="summary", markup=False)
            yield Static("", id="sections", markup=False)
            yield Static("", id="pictures", markup=False)
        yield KeyBar([("↑↓", "", "PgUp PgDn scroll"), *self.BINDINGS])  # the figures go on below the fold

    def on_screen_resume(self) -> None:
        self.action_refresh()

    def action_refresh(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="progress")
    def load(self) -> None:
        try:
            progress = services_of(self).progress()
        except ServiceError as exc:
            self.app.call_from_thread(self.query_one("#summary", Static).update, literal(str(exc)))
            return
        self.app.call_from_thread(self.show, progress)

    shown = 0  # how many times the figures were drawn (tests and benchmarks wait on it)

    def show(self, progress: Any) -> None:
        self.shown += 1
        self.progress = progress
        self.query_one("#summary", Static).update(literal(progress_summary(progress)))
        self.query_one("#pictures", Static).update(literal(progress_text(progress)))
        self.draw_sections()
        self.call_after_refresh(self.draw_sections)  # again at the width laid out
    def draw_sections(self) -> None:
        """The section table as wide as the screen allows: no title cut when there is room."""
        if self.progress is None:
            return
        sections = self.progress.sections
        room = (self.query_one("#sections", Static).content_size.width or self.size.width - 2) - SECTION_COLUMNS
        longest = max((len(s.title) for s in sections), default=10)
        width = max(16, min(longest, room))
        self.query_one("#sections", Static).update(literal(section_table(sections, width=width, limit=SECTION_ROWS)))

    def on_resize(self) -> None:
        self.draw_sections()


class PacksScreen(Screen[None]):
    """The packs found, whether each can be studied, and switching between them. A pack that loads can be
    studied; what `studybot validate` tells its author (examples the grader judges otherwise, weak cards) is
    counted, not listed: the lines are the instructor's, in `validate`. A pack that does not load says why."""

    BINDINGS = [Binding("enter", "choose", "Study this pack", show=True)]
    checked = False  # every pack that loads has been checked for its author too (tests wait on it)

    def compose(self) -> ComposeResult:
        yield ModeBar("packs")
        with Horizontal():
            yield ListView(id="pack-list")
            with VerticalScroll(id="pack-detail"):
                yield Static(literal("Looking for packs…"), id="pack-problems", markup=False)
        yield KeyBar(self.BINDINGS)

    def on_mount(self) -> None:
        self.check()

    def on_screen_resume(self) -> None:
        if getattr(self, "results", None) and self.results[0][0] != services_of(self).config.pack_path.resolve():
            self.check()  # another pack is studied since: it moves to the top (▶), the one left stays listed

    @work(thread=True, exclusive=True, group="packs")
    def check(self) -> None:
        """The packs as they load (at once), then what `validate` finds in those that load (grading every
        example takes seconds)."""
        from ..core.packs import Pack, PackError, Problem, load_pack
        from ..core.validate import check_pack
        from ..paths import bundled_packs

        opened = getattr(self.app, "packs_opened", [])  # the pack started on (--pack) and those chosen since
        paths = list(dict.fromkeys([services_of(self).config.pack_path.resolve(),
                                    *(p.resolve() for p in [*opened, *bundled_packs()])]))
        loaded: list[tuple[Path, Pack | None, list[Problem]]] = []
        for path in paths:
            try:
                loaded.append((path, load_pack(path), []))
            except PackError as exc:
                loaded.append((path, None, exc.problems))
        self.app.call_from_thread(self.listed, loaded, False)
        results = [check_pack(path) if pack is not None else (pack, problems) for path, pack, problems in loaded]
        self.app.call_from_thread(self.listed, [(path, *found) for path, found in zip(paths, results, strict=True)],
                                  True)

    def listed(self, results, checked: bool = True) -> None:
        keep = self.query_one(ListView).index if checked and getattr(self, "results", None) else 0
        self.results, self.checked = results, checked
        view = self.query_one(ListView)
        view.clear()
        current = services_of(self).config.pack_path.resolve()
        for path, pack, _ in results:
            state = "✓" if pack is not None else "✗"  # a pack that does not load has no title: say why instead
            title = clean(pack.title, multiline=False) if pack is not None else "Cannot be opened"
            title = title if len(title) <= 28 else title[:27] + "…"
            mark = "▶ " if path == current else "  "
            view.append(ListItem(Static(literal(f"{mark}{title}\n  {state} {path.name}"), markup=False)))
        view.index = keep or 0
        self.detail(keep or 0)

    @on(ListView.Highlighted)
    def highlighted(self, event: ListView.Highlighted) -> None:
        if event.list_view.index is not None:
            self.detail(event.list_view.index)

    def detail(self, index: int) -> None:
        if not getattr(self, "results", None):
            return
        path, pack, problems = self.results[index]
        lines = [path.name]
        if pack is None:  # why it cannot be studied, as `validate` says it
            errors = [p for p in problems if p.severity == "error"]
            lines.append(f"This pack cannot be opened: {counted(len(errors), 'error')}.")
            lines += [f"{path.name}:{p.line}:{p.column}: {p.severity}: {p.message}" for p in problems[:40]]
            if len(problems) > 40:
                lines.append(f"… and {len(problems) - 40} more (studybot validate {path.name})")
        else:
            lines.append(f"{counted(len(pack.sections), 'section')}, {counted(len(pack.cards), 'card')}: "
                         "ready to study.")
            lines.append(author_text(path.name, problems, self.checked))
        lines.append(choose_text(pack is not None))
        self.query_one("#pack-problems", Static).update(literal("\n".join(lines)))

    @on(ListView.Selected)
    def selected(self, event: ListView.Selected) -> None:
        self.action_choose()

    def action_choose(self) -> None:
        index = self.query_one(ListView).index
        if index is None or not getattr(self, "results", None):
            return
        path, pack, problems = self.results[index]
        if pack is None:  # it does not load; one that loads is studied as `--pack` studies it
            self.notify("This pack cannot be opened; fix its errors first.", severity="warning", markup=False)
            return
        self.post_message(PackChosen(Path(path)))


def author_text(name: str, problems, checked: bool) -> str:
    """What `studybot validate` has for the author of a pack that loads, counted: examples the grader judges
    otherwise and weak cards are the author's to fix; a learner studies the pack all the same."""
    if not checked:
        return "Checking it for its author…"
    if not problems:
        return "studybot validate finds nothing for its author to fix."
    return (f"For its author: studybot validate {name} has {counted(len(problems), 'note')} (examples the grader "
            "judges otherwise, cards to improve). They do not stop you studying it.")


def choose_text(loads: bool) -> str:
    """What Enter does on a pack: a pack that loads is studied, whatever `validate` has for its author
    (`--pack` opens it too)."""
    return "Enter: study this pack." if loads else "Fix the errors to study this pack."


class HelpScreen(ModalScreen[None]):
    """Every key and command, in a box that fits 80x24 and scrolls."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(literal(help_text()), markup=False)
        yield KeyBar([("↑↓", "", "PgUp PgDn scroll"), *self.BINDINGS])

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).focus()


def help_text() -> str:
    """The help, 70 columns at most."""
    modes = "\n".join(f"  {key:<8} {label}" for _, key, label in MODES)
    study = "\n".join(f"  {key_label(b.key, long=True):<8} {b.description}" for b in StudyScreen.BINDINGS
                      if isinstance(b, Binding) and b.show)
    commands = "\n".join(f"  /{name:<10} {what}" for name, what in COMMANDS.items())
    said = [s.replace(" ", "\xa0") for s in SAYINGS] + ["in\xa0Russian:"] + [s.replace(" ", "\xa0") for s in SAYINGS_RU]
    sayings = "\n".join(textwrap.wrap(" · ".join(said), 68, initial_indent="  ", subsequent_indent="  "))
    sayings = sayings.replace("\xa0", " ").replace("· in Russian: ·", "· in Russian:")  # a saying stays on one line
    return (
        "studybot keys (Esc closes; arrows and PgUp/PgDn scroll)\n\n"
        f"Modes\n{modes}\n  F1       this help\n  Ctrl+Q   quit (your progress is already saved)\n\n"
        f"While studying\n{study}\n  Enter    answer (end a line with ? to ask the tutor)\n"
        "  ?        on its own: what you can type (never graded)\n"
        "  F2       after the summary: go on with what fell due\n"
        "  PgUp     back in the conversation; after a folded verdict\n"
        "           (⋯ more lines), the whole verdict\n"
        "  PgDn     on in the conversation\n\n"
        f"Say instead of an answer (never graded)\n{sayings}\n\n"
        f"Typed commands\n{commands}\n\n"
        "Show answer counts as not known (Again); a right answer after a\n"
        "hint (or /source) counts as Hard. I was right / I was wrong overrule\n"
        "the grader for your last answer; the override is recorded.\n"
        "Progress: r refreshes. Packs: Enter studies the highlighted pack.\n"
        "Cards: type to find; u unsuspends, s suspends, x resets a card."
    )
