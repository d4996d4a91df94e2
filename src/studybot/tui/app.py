"""The Textual app: a study session as a conversation.

The app only renders plain results from `studybot.core`; database and grading work
runs in thread workers. Pack text and learner input are shown literally (Content,
never markup) after `clean()` removed control, escape and bidi characters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Input, Static

from ..core.packs import Card, Pack, PackError, load_pack
from ..core.session import Outcome, SessionOptions, StudySession
from ..core.store import Store, StoreError, utcnow
from ..core.text import clean
from ..present import due_text, question_text, verdict_text


@dataclass
class AppConfig:
    pack_path: Path
    db_path: Path
    learner: str
    clock: Callable[[], datetime] = field(default=utcnow)
    options: SessionOptions = field(default_factory=SessionOptions)


class Bubble(Static):
    """One turn of the conversation. Text is shown literally."""

    def __init__(self, text: str, kind: str):
        super().__init__(Content(clean(text)), classes=f"bubble {kind}", markup=False)
        self.kind = kind


class StudyApp(App):
    CSS_PATH = "studybot.tcss"
    TITLE = "studybot"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, config: AppConfig):
        super().__init__()
        self.config = config
        self.pack: Pack | None = None
        self.store: Store | None = None
        self.session: StudySession | None = None
        self.card: Card | None = None
        self.last_outcome: Outcome | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield VerticalScroll(id="transcript")
        yield Input(placeholder="Type your answer and press Enter", id="answer", disabled=True)
        yield Footer()

    def on_mount(self) -> None:
        self.say("Opening your study session…", "system")
        self.open_session()

    # -- transcript

    def say(self, text: str, kind: str) -> Bubble:
        bubble = Bubble(text, kind)
        transcript = self.query_one("#transcript", VerticalScroll)
        transcript.mount(bubble)
        transcript.scroll_end(animate=False)
        return bubble

    # -- workers

    @work(thread=True, exclusive=True, group="session")
    def open_session(self) -> None:
        cfg = self.config
        try:
            pack = load_pack(cfg.pack_path)
        except PackError as exc:
            shown = "\n".join(str(p) for p in exc.problems[:10])
            more = f"\n… and {len(exc.problems) - 10} more" if len(exc.problems) > 10 else ""
            self.call_from_thread(self.fail, f"The pack has problems and cannot be studied:\n{shown}{more}\n"
                                             f"Run: studybot validate {cfg.pack_path}")
            return
        try:
            store = Store.open(cfg.db_path)
        except StoreError as exc:
            self.call_from_thread(self.fail, f"Cannot open your progress: {exc}")
            return
        session = StudySession(pack, store, cfg.learner, clock=cfg.clock, **asdict(cfg.options))
        card = session.next_card()
        due, new = session.counts()
        self.call_from_thread(self.ready, pack, store, session, card, due, new)

    def ready(self, pack: Pack, store: Store, session: StudySession, card: Card | None, due: int, new: int) -> None:
        self.pack, self.store, self.session = pack, store, session
        self.sub_title = clean(pack.title, multiline=False)
        self.say(f"Pack: {pack.title} · learner: {session.learner} · due {due}, new {new}", "system")
        self.ask(card)

    def fail(self, message: str) -> None:
        self.say(message, "error")
        answer = self.query_one("#answer", Input)
        answer.placeholder = "Press Ctrl+Q to quit"
        answer.disabled = True

    def ask(self, card: Card | None) -> None:
        self.card = card
        answer = self.query_one("#answer", Input)
        if card is None:
            self.say("Nothing more is due now. Well done! Press Ctrl+Q to quit.", "system")
            answer.disabled = True
            return
        section = self.pack.section(card.section) if self.pack else None
        where = f"  [{section.title}]" if section else ""
        self.say(question_text(card) + where, "tutor")
        answer.disabled = False
        answer.focus()

    @on(Input.Submitted, "#answer")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value
        if not text.strip() or self.card is None or self.session is None:
            return
        event.input.value = ""
        event.input.disabled = True
        self.say(text, "learner")
        self.grade(self.card, text)

    @work(thread=True, exclusive=True, group="session")
    def grade(self, card: Card, text: str) -> None:
        assert self.session is not None
        outcome = self.session.answer(text, card)
        next_card = self.session.next_card()
        self.call_from_thread(self.graded, outcome, next_card)

    def graded(self, outcome: Outcome, next_card: Card | None) -> None:
        self.last_outcome = outcome
        kind = "right" if outcome.verdict.correct else "wrong"
        self.say(verdict_text(outcome.card, outcome.verdict, outcome.section)
                 + f"\nNext review: {due_text(outcome.due, self.config.clock())}", kind)
        self.ask(next_card)

    def on_unmount(self) -> None:
        if self.session is not None:
            try:
                self.session.finish()
            except Exception:  # closing must never raise at exit
                pass
        if self.store is not None:
            self.store.close()


def build_app(pack_path: str | Path, db_path: str | Path, learner: str,
              clock: Callable[[], datetime] | None = None, options: SessionOptions | None = None) -> StudyApp:
    """The one factory for the app, shared by the CLI and the tests."""
    return StudyApp(AppConfig(Path(pack_path), Path(db_path), learner, clock or utcnow, options or SessionOptions()))
