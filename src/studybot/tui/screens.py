"""The app's modes: Study, Ask, Progress, Packs; and the help screen.

Screens render plain results from `studybot.core` (through `Services`); every call
that touches the database or the tutor runs in a thread worker, so typing never
freezes.
"""

from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, ListItem, ListView, Static

from ..core.packs import Card
from ..core.text import clean
from ..present import due_text, hint_text, question_text, summary_text, verdict_text, welcome_text
from ..core.store import StoreError
from .services import ServiceError
from .widgets import MODES, ModeBar, Transcript, literal

SLASH_HELP = ("/hint  /skip  /right  /wrong  /undo  /why  /suspend  /bury  /end  /help  "
              "(or end a line with ? to ask the tutor)")


def _key_label(key: str) -> str:
    """'ctrl+t' -> 'Ctrl+T'."""
    return "+".join(part.capitalize() if len(part) > 1 else part.upper() for part in key.split("+"))


class Saving:
    """Runs store work in a worker; a database failure becomes a message on screen."""

    def __init__(self, screen: StudyScreen):
        self.screen = screen

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if isinstance(exc, StoreError):
            self.screen.app.call_from_thread(self.screen.say, f"Could not reach your progress: {exc}", "error")
            return True
        return False


class StudyScreen(Screen):
    """A study session as a conversation."""

    BINDINGS = [
        Binding("ctrl+t", "hint", "Hint"),
        Binding("ctrl+n", "skip", "Skip"),
        Binding("ctrl+y", "override(True)", "Right!"),
        Binding("ctrl+b", "override(False)", "Wrong!"),
        Binding("ctrl+z", "undo", "Undo"),
        Binding("ctrl+o", "explain", "Why"),
        Binding("ctrl+s", "suspend", "Suspend"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.card: Card | None = None
        self.hint_level = 0
        self.started = time.monotonic()
        self.finished = False

    @property
    def services(self):
        return self.app.services

    def compose(self) -> ComposeResult:
        yield ModeBar("study")
        yield Static(literal("Opening your study session…"), id="welcome", markup=False)
        yield Transcript(id="transcript")
        yield Input(placeholder="Type your answer and press Enter · end with ? to ask · /help", id="answer",
                    disabled=True)
        yield Footer(compact=True)

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    def say(self, text: str, kind: str) -> None:
        self.transcript.say(text, kind)

    def on_mount(self) -> None:
        self.open_session()

    # -- opening

    @work(thread=True, exclusive=True, group="study")
    def open_session(self) -> None:
        try:
            if self.services.session is None:
                self.services.open()
            session = self.services.session
            card = session.next_card()
            due, new = session.counts()
            streak = self.services.streak()
        except ServiceError as exc:
            self.app.call_from_thread(self.failed, str(exc))
            return
        self.app.call_from_thread(self.opened, card, due, new, streak)

    def failed(self, message: str) -> None:
        self.query_one("#welcome", Static).update(literal("studybot could not start this session"))
        self.say(message, "error")
        answer = self.query_one("#answer", Input)
        answer.placeholder = "Press F5 to choose another pack, or Ctrl+Q to quit"
        answer.disabled = True

    def opened(self, card: Card | None, due: int, new: int, streak: int) -> None:
        session = self.services.session
        self.app.sub_title = clean(session.pack.title, multiline=False)
        options = self.services.config.options
        scope = ""
        if options.section:
            section = session.pack.section(options.section)
            scope = f" · section: {section.title if section else options.section}"
        if options.tag:
            scope += f" · tag: {options.tag}"
        self.query_one("#welcome", Static).update(
            literal(welcome_text(session.pack.title, session.learner, due, new, streak) + scope))
        self.started = time.monotonic()
        self.finished = False
        self.ask(card)

    def ask(self, card: Card | None) -> None:
        self.card = card
        self.hint_level = 0
        answer = self.query_one("#answer", Input)
        answer.disabled = False
        answer.focus()
        if card is None:
            self.finish()
            return
        session = self.services.session
        section = session.pack.section(card.section)
        where = f"\n— {section.title}" if section else ""
        practice = " (practice ahead)" if session.current_is_practice else ""
        self.say(question_text(card) + where + practice, "tutor")

    @work(thread=True, exclusive=True, group="study")
    def finish(self) -> None:
        with Saving(self):
            self._finish()

    def _finish(self) -> None:
        session = self.services.session
        next_due = session.store.next_due(session.learner_id, session.pack.id)
        text = summary_text(session.reviewed, session.correct, time.monotonic() - self.started, next_due,
                            session.clock())
        self.app.call_from_thread(self.finished_with, text)

    def finished_with(self, text: str) -> None:
        if not self.finished:
            self.finished = True
            self.say(text + "\nAsk a question (end it with ?), press F4 for your progress, or Ctrl+Q to quit.",
                     "summary")

    # -- input

    @on(Input.Submitted, "#answer")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text or self.services.session is None:
            return
        event.input.value = ""
        if text.startswith("/"):
            self.command(text[1:].strip().lower())
            return
        self.say(event.value, "learner")
        if text.endswith("?") or self.card is None:
            self.consult(text)
            return
        event.input.disabled = True
        self.grade(self.card, event.value)

    def command(self, name: str) -> None:
        actions = {
            "hint": self.action_hint, "skip": self.action_skip, "undo": self.action_undo,
            "why": self.action_explain, "explain": self.action_explain, "suspend": self.action_suspend,
            "bury": self.action_bury, "end": self.finish, "help": lambda: self.app.action_help(),
            "right": lambda: self.action_override(True), "wrong": lambda: self.action_override(False),
        }
        action = actions.get(name)
        if action is None:
            self.say(f"Unknown command '/{name}'. Commands: {SLASH_HELP}", "system")
        else:
            action()

    @work(thread=True, exclusive=True, group="study")
    def grade(self, card: Card, text: str) -> None:
        session = self.services.session
        with Saving(self):
            try:
                outcome = session.answer(text, card)
            finally:
                self.app.call_from_thread(self._enable)
            next_card = session.next_card()
            self.app.call_from_thread(self.graded, outcome, next_card)

    def _enable(self) -> None:
        self.query_one("#answer", Input).disabled = False

    def graded(self, outcome, next_card: Card | None) -> None:
        kind = "right" if outcome.verdict.correct else "wrong"
        when = due_text(outcome.due, self.services.config.clock())
        self.say(verdict_text(outcome.card, outcome.verdict, outcome.section) + f"\nNext review: {when}", kind)
        self.ask(next_card)

    @work(thread=True, exclusive=False, group="tutor")
    def consult(self, question: str) -> None:
        tutor = self.services.tutor
        reply = tutor.ask(question)
        self.app.call_from_thread(self.replied, reply)

    def replied(self, reply) -> None:
        intent = getattr(reply, "intent", None)
        if reply.kind == "intent" and intent == "hint":
            self.action_hint()
        elif reply.kind == "intent" and intent == "explain":
            self.action_explain()
        elif reply.kind == "intent" and intent == "quiz":
            self.app.quiz(reply.target)
        elif reply.kind == "intent" and intent == "due":
            self.show_due()
        else:
            self.say(reply.text, "reply" if reply.kind == "answer" else "decline")
            if self.card is not None:
                self.say(f"Back to the question: {clean(self.card.prompt, multiline=False)}", "system")

    # -- actions

    def action_hint(self) -> None:
        if self.card is None:
            self.say("There is no question to hint at right now.", "system")
            return
        self.hint_level = min(3, self.hint_level + 1)
        self.say(hint_text(self.card, self.hint_level), "hint")

    @work(thread=True, exclusive=True, group="study")
    def action_skip(self) -> None:
        session = self.services.session
        if session is None or self.card is None:
            return
        skipped = self.card
        session.skip()
        with Saving(self):
            card = session.next_card()
            self.app.call_from_thread(self.say, f"Skipped: {clean(skipped.prompt, multiline=False)}", "system")
            self.app.call_from_thread(self.ask, card)

    @work(thread=True, exclusive=True, group="study")
    def action_override(self, correct: bool) -> None:
        session = self.services.session
        outcome = None
        with Saving(self):
            outcome = session.override(correct) if session else None
            if outcome is None:
                self.app.call_from_thread(self.say, "There is no graded answer to change yet.", "system")
                return
            when = due_text(outcome.due, self.services.config.clock())
            label = "right" if correct else "wrong"
            self.app.call_from_thread(self.say, f"Marked {label} by you (your call is recorded). "
                                                f"Next review: {when}.", "system")

    @work(thread=True, exclusive=True, group="study")
    def action_undo(self) -> None:
        session = self.services.session
        with Saving(self):
            card = session.undo() if session else None
            if card is None:
                self.app.call_from_thread(self.say, "There is nothing to undo.", "system")
                return
            self.app.call_from_thread(self.say, "Took back your last answer. Here it is again:", "system")
            self.app.call_from_thread(self.ask, card)

    def action_explain(self) -> None:
        session = self.services.session
        card = session.history[-1].card if session and session.history else self.card
        if card is None:
            self.say("There is nothing to explain yet.", "system")
            return
        section = session.pack.section(card.section)
        where = f"\n(from: {section.title})" if section else ""
        self.say(f"Why: {card.explanation or 'No explanation was written for this card.'}{where}", "reply")

    @work(thread=True, exclusive=True, group="study")
    def action_suspend(self) -> None:
        with Saving(self):
            self._put_away(suspend=True)

    @work(thread=True, exclusive=True, group="study")
    def action_bury(self) -> None:
        with Saving(self):
            self._put_away(suspend=False)

    def _put_away(self, suspend: bool) -> None:
        session = self.services.session
        if session is None:
            return
        card = session.suspend() if suspend else session.bury()
        if card is None:
            self.app.call_from_thread(self.say, "There is no card to put away.", "system")
            return
        what = "Suspended (it will not be asked until unsuspended)" if suspend else "Buried until tomorrow"
        self.app.call_from_thread(self.say, f"{what}: {clean(card.prompt, multiline=False)}", "system")
        if self.card is not None and card.id == self.card.id:
            self.app.call_from_thread(self.ask, session.next_card())

    @work(thread=True, exclusive=True, group="study")
    def show_due(self) -> None:
        with Saving(self):
            self._show_due()

    def _show_due(self) -> None:
        due, new = self.services.session.counts()
        self.app.call_from_thread(self.say, f"Due now: {due} review(s); new cards left today: {new}.", "reply")

    def reload(self) -> None:
        """The pack or the filters changed: start over."""
        self.transcript.remove_children()
        self.card = None
        self.open_session()


class AskScreen(Screen):
    """Questions to the tutor about the text."""

    def compose(self) -> ComposeResult:
        yield ModeBar("ask")
        yield Static(literal("Ask anything about the article: who, what, when, why. The tutor answers from the "
                             "text and says where; try 'quiz me on trade'."), id="intro", markup=False)
        yield Transcript(id="ask-transcript")
        yield Input(placeholder="Your question, then Enter", id="question")
        yield Footer(compact=True)

    def on_screen_resume(self) -> None:
        self.query_one("#question", Input).focus()

    @on(Input.Submitted, "#question")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        event.input.value = ""
        self.query_one(Transcript).say(event.value, "learner")
        self.consult(text)

    @work(thread=True, exclusive=False, group="tutor")
    def consult(self, question: str) -> None:
        services = self.app.services
        if services.pack is None:
            try:
                services.open()
            except ServiceError as exc:
                self.app.call_from_thread(self.query_one(Transcript).say, str(exc), "error")
                return
        reply = services.tutor.ask(question)
        self.app.call_from_thread(self.replied, reply)

    def replied(self, reply) -> None:
        if reply.kind == "intent":
            if reply.intent == "quiz":
                self.app.quiz(reply.target)
                return
            self.app.switch_mode("study")
            study = self.app.get_screen_for_mode("study")
            if study is not None:
                study.replied(reply)
            return
        kind = "reply" if reply.kind == "answer" else "decline"
        self.query_one(Transcript).say(reply.text, kind)


class ProgressScreen(Screen):
    """How the learner is doing, section by section."""

    BINDINGS = [Binding("r", "refresh", "Refresh")]

    def compose(self) -> ComposeResult:
        yield ModeBar("progress")
        with VerticalScroll():
            yield Static(literal("Loading your progress…"), id="summary", markup=False)
            yield DataTable(id="sections", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_screen_resume(self) -> None:
        self.action_refresh()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(Text("Section"), Text("Cards"), Text("Seen"), Text("Mastered"), Text("Due"))

    def action_refresh(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="progress")
    def load(self) -> None:
        from ..core.stats import progress_overview

        services = self.app.services
        if services.session is None:
            try:
                services.open()
            except ServiceError as exc:
                self.app.call_from_thread(self.query_one("#summary", Static).update, literal(str(exc)))
                return
        overview = progress_overview(services.session, services.streak())
        self.app.call_from_thread(self.show, overview)

    def show(self, overview) -> None:
        self.query_one("#summary", Static).update(literal(overview.summary_text()))
        table = self.query_one(DataTable)
        table.clear()
        for row in overview.sections:
            bar = "█" * round(row.mastery * 10) + "░" * (10 - round(row.mastery * 10))
            table.add_row(Text(clean(row.title, multiline=False)[:34]), Text(str(row.cards)), Text(str(row.seen)),
                          Text(f"{bar} {row.mastery:4.0%}"), Text(str(row.due)))


class PacksScreen(Screen):
    """The packs found, whether they are valid, and switching between them."""

    BINDINGS = [Binding("enter", "choose", "Study this pack", show=True)]

    def compose(self) -> ComposeResult:
        yield ModeBar("packs")
        with Horizontal():
            yield ListView(id="pack-list")
            with VerticalScroll(id="pack-detail"):
                yield Static(literal("Checking packs…"), id="pack-problems", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.check()

    @work(thread=True, exclusive=True, group="packs")
    def check(self) -> None:
        from ..core.validate import check_pack
        from ..paths import bundled_packs

        paths = list(dict.fromkeys([self.app.services.config.pack_path.resolve(),
                                    *(p.resolve() for p in bundled_packs())]))
        results = []
        for path in paths:
            pack, problems = check_pack(path)
            results.append((path, pack, problems))
        self.app.call_from_thread(self.listed, results)

    def listed(self, results) -> None:
        self.results = results
        view = self.query_one(ListView)
        view.clear()
        current = self.app.services.config.pack_path.resolve()
        for path, pack, problems in results:
            errors = sum(p.severity == "error" for p in problems)
            state = "✓ valid" if errors == 0 else f"✗ {errors} error(s)"
            title = pack.title if pack else path.name
            mark = "▶ " if path == current else "  "
            view.append(ListItem(Static(literal(f"{mark}{title}\n   {path.name} · {state}"), markup=False)))
        view.index = 0
        self.detail(0)

    @on(ListView.Highlighted)
    def highlighted(self, event: ListView.Highlighted) -> None:
        if event.list_view.index is not None:
            self.detail(event.list_view.index)

    def detail(self, index: int) -> None:
        if not getattr(self, "results", None):
            return
        path, pack, problems = self.results[index]
        lines = [path.name]
        if pack is not None:
            lines.append(f"{len(pack.sections)} sections, {len(pack.cards)} cards")
        errors = [p for p in problems if p.severity == "error"]
        lines.append("No errors." if not errors else f"{len(errors)} error(s):")
        lines += [f"{path.name}:{p.line}:{p.column}: {p.severity}: {p.message}" for p in problems[:40]]
        if len(problems) > 40:
            lines.append(f"… and {len(problems) - 40} more (studybot validate {path.name})")
        lines.append("Enter: study this pack." if not errors else "Fix the errors to study this pack.")
        self.query_one("#pack-problems", Static).update(literal("\n".join(lines)))

    @on(ListView.Selected)
    def selected(self, event: ListView.Selected) -> None:
        self.action_choose()

    def action_choose(self) -> None:
        index = self.query_one(ListView).index
        if index is None or not getattr(self, "results", None):
            return
        path, pack, problems = self.results[index]
        if pack is None or any(p.severity == "error" for p in problems):
            self.notify("This pack has errors; fix them first.", severity="warning", markup=False)
            return
        self.app.switch_pack(Path(path))


class HelpScreen(ModalScreen):
    """Every key and command."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        modes = "\n".join(f"  {key:<8} {label}" for _, key, label in MODES)
        study = "\n".join(f"  {_key_label(b.key):<8} {b.description}" for b in StudyScreen.BINDINGS)
        text = (
            "studybot keys\n\n"
            f"Modes\n{modes}\n  F1       this help\n  Ctrl+Q   quit (your progress is already saved)\n\n"
            f"While studying\n{study}\n  Enter    answer (end a line with ? to ask the tutor instead)\n\n"
            f"Typed commands\n  {SLASH_HELP}\n\n"
            "Right!/Wrong! overrule the grader for your last answer; the override is recorded.\n"
            "Suspend puts a card away for good; /bury puts it away until tomorrow.\n"
            "Progress: r refreshes. Packs: Enter studies the highlighted pack.\n\n"
            "Esc closes this help."
        )
        with Vertical(id="help"):
            yield Static(literal(text), markup=False)
