"""The Study mode: a study session as a conversation (see `studybot.conversation`).

Kept apart from the other modes so that start-up imports only what the first
screen needs; work that touches the database or the tutor runs in thread workers.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static

from ..chrome import chrome, language_of_pack
from ..conversation import Conversation, Message, wants_to_quit
from ..core.text import clean
from ..core.wording import says
from ..present import GO_IN_APP
from ..services import ServiceError, Services
from .messages import PackChanged, StudyRequested
from .widgets import AnswerLine, KeyBar, ModeBar, Transcript, described, literal

QUESTION_KEYS = ("run('hint')", "run('skip')", "run('show')")  # they do nothing while no question is asked
LEAVING = ("skip", "show", "suspend")  # they put the asked card away: a draft typed for it is not the next one's
PLACEHOLDER = says("answer_here")  # until the pack is open; then in the pack's language


def services_of(node: DOMNode) -> Services:
    """The app's Services (every screen of studybot runs in a StudyApp)."""
    services = getattr(node.app, "services", None)
    if not isinstance(services, Services):
        raise TypeError("studybot screens run inside StudyApp")
    return services


def language_of(node: DOMNode) -> str:
    """The language of the pack studied (English before one is open): the app's words are said in it."""
    return language_of_pack(services_of(node).pack)


def speak(screen: Screen) -> str:
    """Say a screen's mode bar and key bar in the pack's language (it may have changed since they were made);
    the language."""
    language = language_of(screen)
    for modes in screen.query(ModeBar):
        modes.speak(language)
    for keys in screen.query(KeyBar):
        keys.speak(language)
    for transcript in screen.query(Transcript):
        transcript.language = language
    return language


class StudyScreen(Screen[None]):
    """A study session as a conversation (see `studybot.conversation`)."""

    BINDINGS = [
        described("ctrl+t", "run('hint')", "hint"),
        described("ctrl+n", "run('skip')", "skip"),
        described("ctrl+o", "run('show')", "show"),
        described("ctrl+y", "run('right')", "right"),
        described("ctrl+b", "run('wrong')", "wrong"),
        described("ctrl+z", "run('undo')", "undo"),
        described("ctrl+r", "run('why')", "why"),
        described("ctrl+s", "run('suspend')", "suspend"),
        described("pageup", "scroll_back", "earlier", show=False),
        described("pagedown", "scroll_on", "later", show=False),
    ]
    REFRESH_SECONDS = 20.0  # the header's counts are refreshed this often, and after every turn

    def __init__(self) -> None:
        super().__init__()
        self.conversation: Conversation | None = None
        self._announced = False  # "cards are due again" said since the session ended
        self.busy = False  # a worker is answering: keys and Enter wait for it (one call at a time)
        self.turns = 0  # turns shown: a header refresh read before the latest turn is stale
        self._waiting: Timer | None = None  # says "one moment" on the answer line if a call takes a while

    @property
    def services(self) -> Services:
        return services_of(self)

    def compose(self) -> ComposeResult:
        yield ModeBar("study")
        yield Static(literal(chrome("opening")), id="welcome", markup=False)
        yield Transcript(id="transcript")
        yield AnswerLine(placeholder=PLACEHOLDER, id="answer", disabled=True)
        yield KeyBar(self.BINDINGS)

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    def say(self, text: str, kind: str) -> None:
        self.transcript.say(text, kind)

    async def on_mount(self) -> None:
        self.set_interval(self.REFRESH_SECONDS, self.refresh_header)
        try:
            quick = self.services.open_quickly()  # then the first question is in the first frame
            begun = self.services.begin() if quick else None
        except ServiceError as exc:
            self.failed(str(exc))
            return
        if begun is not None:
            await self.opened(*begun)
        else:
            self.open_session()  # a large pack or a busy database: open in a worker

    # -- opening

    @work(thread=True, group="study")
    def open_session(self, then: str | None = None, target: str | None = None) -> None:
        with self.services.lock:
            try:
                begun = self.services.begin(then, target)
            except ServiceError as exc:
                self.app.call_from_thread(self.failed, str(exc))
                return
        self.app.call_from_thread(self.call_next, self.opened, *begun)

    def failed(self, message: str) -> None:
        self._done_waiting()
        language = speak(self)  # a pack that does not open has no language: English
        self.query_one("#welcome", Static).update(literal(chrome("cannot_start", language)))
        self.say(message, "error")
        answer = self.query_one("#answer", Input)
        answer.placeholder = chrome("cannot_start_line", language)
        answer.disabled = True
        # no session: none of its keys does anything (the bar offered Hint, Skip, Show answer ...)
        self.query_one(KeyBar).hide(b.action for b in self.BINDINGS if isinstance(b, Binding))

    async def opened(self, conversation: Conversation, welcome: str, messages: list[Message]) -> None:
        self.conversation = conversation
        conversation.go = GO_IN_APP  # the summary names the app's key, not "F2 in the app"
        self.app.sub_title = clean(conversation.session.pack.title, multiline=False)
        speak(self)  # the mode bar and the keys in the pack's language
        await self.show(messages, welcome)

    async def show(self, messages: list[Message], welcome: str | None = None) -> None:
        self._done_waiting()
        self.turns += 1
        for note in [m for m in messages if m.about_verdict]:
            await self.transcript.note_verdict(note.text, note.kind)
        await self.transcript.turn([(message.text, message.kind) for message in messages if not message.about_verdict])
        if welcome is not None:
            self.query_one("#welcome", Static).update(literal(welcome))
        if self.conversation is not None and not self.conversation.finished:
            self._announced = False
        asking = self.conversation is not None and self.conversation.card is not None
        self.query_one(KeyBar).hide(() if asking else QUESTION_KEYS)
        answer = self.query_one("#answer", Input)
        conversation = self.conversation
        answer.placeholder = (PLACEHOLDER if conversation is None else
                              says("after_summary" if conversation.finished else "answer_here", conversation.language))
        answer.disabled = False
        answer.focus()

    SHORT_ROWS = 28  # below this height the answer line loses its border (studybot.tcss)

    def on_resize(self) -> None:
        self.set_class(self.size.height < self.SHORT_ROWS, "-short")

    def on_screen_resume(self) -> None:
        self.transcript.settle()  # back from another mode: not left mid-scroll
        speak(self)
        self.refresh_header()

    # -- the header, kept up to date on its own

    @work(thread=True, exclusive=True, group="header")
    def refresh_header(self) -> None:
        turn, conversation, services = self.turns, self.conversation, self.services
        if conversation is None:
            return
        with services.lock:  # not while an answer is being recorded (the session is read, not copied)
            status = conversation.status() if services.current(conversation) else None
        if status is not None:  # None: the store cannot be read now; the next answer says why
            self.app.call_from_thread(self._refreshed, turn, *status)

    def _refreshed(self, turn: int, welcome: str, due_again: str) -> None:
        if turn != self.turns:  # a turn was shown since these counts were read: its own header is newer
            return
        self.query_one("#welcome", Static).update(literal(welcome))
        if due_again and not self._announced:  # "3 cards due again: press F2 to go on." in the pack's language
            self._announced = True
            self.say(due_again, "system")

    def action_scroll_back(self) -> None:
        """PgUp: a folded verdict whole, else a page back (the answer line keeps the focus)."""
        if not self.transcript.unfold_turn():
            self.transcript.scroll_page_up(animate=False)

    def action_scroll_on(self) -> None:
        self.transcript.scroll_page_down(animate=False)

    def action_resume(self) -> None:
        """F2 in Study: after the summary, study what fell due since (or say when it will)."""
        if self.conversation is not None and self.conversation.card is None and self._claim():
            self.run_command("go")

    # -- input and keys

    def _claim(self) -> bool:
        """Start a conversation call unless one is running (True: go ahead). Enter then
        Ctrl+N while an answer is graded must not skip the card it was recording."""
        if self.conversation is None or self.busy:
            if self.busy:
                self.app.bell()
            return False
        self.busy = True
        self._waiting = self.set_timer(self.WAIT_SHOWN_AFTER, self._say_waiting)
        return True

    WAIT_SHOWN_AFTER = 0.4  # seconds: a quick answer never flickers; a slow one (a loaded machine) is seen worked on

    def _say_waiting(self) -> None:
        if self.busy:
            answer = self.query_one("#answer", Input)
            answer.placeholder = chrome("one_moment", language_of(self))

    def _done_waiting(self) -> None:
        self.busy = False
        if self._waiting is not None:
            self._waiting.stop()
            self._waiting = None

    @on(Input.Submitted, "#answer")
    def submitted(self, event: Input.Submitted) -> None:
        line = event.value
        if wants_to_quit(line):  # "/quit": as Ctrl+Q
            self.app.exit()
            return
        if not line.strip() or not self._claim():
            return
        self.query_one("#answer", AnswerLine).take(line)  # what was typed after Enter stays
        if not line.strip().startswith("/"):
            self.say(line, "learner")
        event.input.disabled = True
        self.converse(line)

    @work(thread=True, group="study")
    def converse(self, line: str) -> None:
        self._call(lambda conversation: conversation.handle(line))

    def action_run(self, command: str) -> None:
        if self._claim():
            if command in LEAVING and self.conversation is not None and self.conversation.card is not None:
                self.query_one("#answer", AnswerLine).value = ""  # keys typed after this one stay
            self.run_command(command)

    @work(thread=True, group="study")
    def run_command(self, command: str, target: str | None = None) -> None:
        self._call(lambda conversation: conversation.command(command, target))

    def _call(self, call: Callable[[Conversation], list[Message]]) -> None:
        """In a worker: one conversation call under the Services lock (a pack switch
        waits for it, and a conversation of a pack switched away is not used). The
        screen is updated after the lock is let go."""
        services = self.services
        messages: list[Message] = []
        header: str | None = None
        with services.lock:
            conversation = self.conversation
            if conversation is not None and services.current(conversation):
                messages = call(conversation)
                header = conversation.header()
        self.app.call_from_thread(self.call_next, self.show, messages, header)

    def on_study_requested(self, request: StudyRequested) -> None:
        request.stop()  # handled here; the app forwarded it
        if self._claim():
            self.run_command(request.command, request.target)

    def on_pack_changed(self, _: PackChanged) -> None:
        self.reload()

    def reload(self, then: str | None = None, target: str | None = None) -> None:
        """The pack changed, or a quiz was asked for elsewhere: start over."""
        self.transcript.remove_children()
        self.query_one("#answer", AnswerLine).value = ""  # typed for a card of the session left
        self.conversation = None
        self.busy = True
        self.open_session(then, target)
