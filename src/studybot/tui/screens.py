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

from ..chrome import COMMAND_WORDS, chrome
from ..conversation import SAYINGS, SAYINGS_RU
from ..core.text import clean
from ..core.wording import count, says
from ..present import tutor_error_text
from ..present_progress import progress_summary, progress_text, section_table
from ..services import ServiceError
from .cards import CardsScreen
from .messages import PackChosen, StudyRequested
from .study import StudyScreen, language_of, services_of, speak
from .widgets import MODES, AnswerLine, KeyBar, ModeBar, Transcript, described, key_label, literal, spoken

__all__ = ["AskScreen", "CardsScreen", "HelpScreen", "PacksScreen", "ProgressScreen", "help_text"]


class AskScreen(Screen[None]):
    """Questions to the tutor about the text."""

    BINDINGS = [described("escape", "app.study", "back_to_study")]

    def compose(self) -> ComposeResult:
        language = language_of(self)
        yield ModeBar("ask", language)
        yield Static(literal(says("ask_intro", language)), id="intro", markup=False)
        yield Transcript(id="ask-transcript")
        yield AnswerLine(placeholder=says("ask_here", language), id="question")
        yield KeyBar([("enter", "", "ask_key"), *self.BINDINGS], language)

    def on_screen_resume(self) -> None:
        language = speak(self)  # the bars, the intro and the question line in the pack's language
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
            self.app.call_from_thread(self.query_one(Transcript).say, tutor_error_text(exc, language_of(self)), "error")
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

    BINDINGS = [described("r", "refresh", "refresh")]
    progress: Any = None  # the figures last drawn

    def compose(self) -> ComposeResult:
        language = language_of(self)
        yield ModeBar("progress", language)
        with VerticalScroll(id="progress-body"):
            yield Static(literal(chrome("loading_progress", language)), id="summary", markup=False)
            yield Static("", id="sections", markup=False)
            yield Static("", id="pictures", markup=False)
        yield KeyBar([("↑↓", "", "scroll"), *self.BINDINGS], language)  # the figures go on below the fold

    def on_screen_resume(self) -> None:
        speak(self)
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
        language = language_of(self)
        self.query_one("#summary", Static).update(literal(progress_summary(progress, language)))
        self.query_one("#pictures", Static).update(literal(progress_text(progress, language)))
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
        self.query_one("#sections", Static).update(literal(section_table(sections, width=width, limit=SECTION_ROWS,
                                                                         language=language_of(self))))

    def on_resize(self) -> None:
        self.draw_sections()


class PacksScreen(Screen[None]):
    """The packs found, whether each can be studied, and switching between them. A pack that loads can be
    studied; what `studybot validate` tells its author (examples the grader judges otherwise, weak cards) is
    counted, not listed: the lines are the instructor's, in `validate`. A pack that does not load says why."""

    BINDINGS = [described("enter", "choose", "choose")]
    checked = False  # every pack that loads has been checked for its author too (tests wait on it)

    def compose(self) -> ComposeResult:
        language = language_of(self)
        yield ModeBar("packs", language)
        with Horizontal():
            yield ListView(id="pack-list")
            with VerticalScroll(id="pack-detail"):
                yield Static(literal(chrome("looking", language)), id="pack-problems", markup=False)
        yield KeyBar(self.BINDINGS, language)

    def on_mount(self) -> None:
        self.check()

    def on_screen_resume(self) -> None:
        speak(self)
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
        language = language_of(self)
        for path, pack, _ in results:
            state = "✓" if pack is not None else "✗"  # a pack that does not load has no title: say why instead
            title = clean(pack.title, multiline=False) if pack is not None else chrome("cannot_open_title", language)
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
        language = language_of(self)  # the pack studied: the screen speaks its language, whichever is highlighted
        lines = [path.name]
        if pack is None:  # why it cannot be studied, as `validate` says it (its lines are the author's, in English)
            errors = [p for p in problems if p.severity == "error"]
            lines.append(chrome("cannot_open", language, errors=count(len(errors), "error", language)))
            lines += [f"{path.name}:{p.line}:{p.column}: {p.severity}: {p.message}" for p in problems[:40]]
            if len(problems) > 40:
                lines.append(chrome("more_problems", language, more=len(problems) - 40, name=path.name))
        else:
            lines.append(chrome("ready", language, sections=count(len(pack.sections), "section", language),
                                cards=count(len(pack.cards), "card", language)))
            lines.append(author_text(path.name, problems, self.checked, language))
        lines.append(choose_text(pack is not None, language))
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
            self.notify(chrome("fix_first", language_of(self)), severity="warning", markup=False)
            return
        self.post_message(PackChosen(Path(path)))


def author_text(name: str, problems, checked: bool, language: str = "en") -> str:
    """What `studybot validate` has for the author of a pack that loads, counted: examples the grader judges
    otherwise and weak cards are the author's to fix; a learner studies the pack all the same."""
    if not checked:
        return chrome("checking", language)
    if not problems:
        return chrome("author_clean", language)
    return chrome("author_notes", language, name=name, notes=count(len(problems), "note", language))


def choose_text(loads: bool, language: str = "en") -> str:
    """What Enter does on a pack: a pack that loads is studied, whatever `validate` has for its author
    (`--pack` opens it too)."""
    return chrome("choose_loads" if loads else "choose_fix", language)


class HelpScreen(ModalScreen[None]):
    """Every key and command, in a box that fits 80x24 and scrolls."""

    BINDINGS = [described("escape,f1,q", "dismiss", "close")]

    def compose(self) -> ComposeResult:
        language = language_of(self)
        with VerticalScroll(id="help"):
            yield Static(literal(help_text(language)), markup=False)
        yield KeyBar([("↑↓", "", "scroll"), *self.BINDINGS], language)

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).focus()


def help_text(language: str = "en") -> str:
    """The help, 70 columns at most, in the pack's `language`."""
    modes = "\n".join(f"  {key:<8} {chrome(mode, language)}" for mode, key in MODES)
    study = "\n".join(f"  {key_label(b.key, long=True):<8} {spoken(b, language)}" for b in StudyScreen.BINDINGS
                      if isinstance(b, Binding) and b.show)
    words = COMMAND_WORDS.get(language, COMMAND_WORDS["en"])
    commands = "\n".join(f"  /{name:<10} {what}" for name, what in words.items())
    first, then = (SAYINGS_RU, SAYINGS) if language == "ru" else (SAYINGS, SAYINGS_RU)  # its own language first
    other = chrome("help_other", language)
    said = [s.replace(" ", "\xa0") for s in first] + [other.replace(" ", "\xa0")] + [s.replace(" ", "\xa0")
                                                                                     for s in then]
    sayings = "\n".join(textwrap.wrap(" · ".join(said), 68, initial_indent="  ", subsequent_indent="  "))
    sayings = sayings.replace("\xa0", " ").replace(f"· {other} ·", f"· {other}")  # a saying stays on one line
    return (
        f"{chrome('help_title', language)}\n\n"
        f"{chrome('help_modes', language)}\n{modes}\n  F1       {chrome('help_f1', language)}\n"
        f"  Ctrl+Q   {chrome('help_quit', language)}\n\n"
        f"{chrome('help_studying', language)}\n{study}\n  Enter    {chrome('help_enter', language)}\n"
        f"  ?        {chrome('help_lone', language)}\n"
        f"  F2       {chrome('help_f2', language)}\n"
        f"  PgUp     {chrome('help_pgup', language)}\n"
        f"  PgDn     {chrome('help_pgdn', language)}\n\n"
        f"{chrome('help_say', language)}\n{sayings}\n\n"
        f"{chrome('help_commands', language)}\n{commands}\n\n"
        f"{chrome('help_rules', language)}"
    )
