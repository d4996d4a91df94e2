"""The study conversation, independent of any screen: a line in, messages out.

The app (`tui/`) and the line mode (`studybot study --plain`) both drive a
`Conversation`: answers are graded and recorded, lines ending in "?" go to the tutor,
"/commands" (and the app's keys) give hints, skip, show the answer, override, undo,
explain, suspend, bury or end the session. Requests said in words while a question is
asked ("hint", "skip", "I don't know", "why", "quiz me on trade", "what's due") are
recognised before grading and never graded. Every message is plain text with a kind that
says how to show it: tutor (a question), right, wrong, hint, reply, decline, system,
summary, error. Calls block on the database and the tutor: the app runs them in workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .chrome import COMMAND_WORDS, chrome
from .core.given_away import title_gives_away
from .core.packs import Card
from .core.store import StoreConflict, StoreError
from .core.text import clean
from .core.wording import count as counted
from .core.wording import says
from .keyboard import as_meant
from .present import (
    GO,
    due_text,
    hint_text,
    place_text,
    question_text,
    shown_text,
    summary_text,
    tutor_error_text,
    verdict_text,
    when_text,
)
from .sayings import SAYINGS, SAYINGS_RU, asks_for_help, said

if TYPE_CHECKING:
    from .core.session import Outcome, SessionOptions, StudySession
    from .core.tutor import Reply, Tutor

__all__ = ["COMMANDS", "MORE_NEW", "SAYINGS", "SAYINGS_RU", "Conversation", "Message", "said"]

COMMANDS = COMMAND_WORDS["en"]  # the typed commands, and what each does (in each language: `chrome`)
MORE_NEW = 10
QUIT_WORDS = frozenset({"quit", "exit", "q", "bye", "выход", "выйти"})  # "/quit": the learner leaves the app


def wants_to_quit(line: str) -> bool:
    """Is the line a command to leave ("/quit", "/exit", "/выход")? The app or the line mode quits on it (Ctrl+Q,
    end of input), the session's summary said as on leaving any other way."""
    text = line.strip()
    return text.startswith("/") and text[1:].strip().casefold() in QUIT_WORDS

class _Options(Protocol):
    @property
    def options(self) -> SessionOptions: ...


class Studying(Protocol):
    """What a conversation needs of `services.Services` (which sits above it)."""

    @property
    def session(self) -> StudySession | None: ...

    @property
    def config(self) -> _Options: ...

    @property
    def tutor(self) -> Tutor: ...

    def streak(self) -> int: ...

    def restart(self, **changes: Any) -> StudySession: ...


MessageKind = Literal["tutor", "learner", "right", "wrong", "hint", "reply", "decline", "system", "summary", "error"]


@dataclass(frozen=True)
class Message:
    """One line of the conversation; `kind` says how to show it."""

    kind: MessageKind
    text: str
    about_verdict: bool = False  # a note on the last verdict (an override): shown with it, not after the question


class Conversation:
    """One study conversation over `Services` (an opened pack, store, session, tutor)."""

    def __init__(self, services: Studying):
        self.services = services
        self.card: Card | None = None
        self.hint_level = 0
        self.read_source = False  # the notes were read while the question waited: a hint in effect
        self.started = self.session.clock()
        # the pack's language: what studybot says about the study is said in it (`core.wording`); kept, so that a
        # screen redrawn while another pack opens (the services closed for a moment) still has it
        self.language = self.session.pack.language
        self.finished = False
        self.left_said = 0  # cards the summary said were left: they are not "due again" (a session ended early)
        self.suspended: list[Card] = []  # suspended in this conversation, the last last
        self.go: Literal["go", "go_in_app"] = GO  # how the summary says to go on (the app says its key: GO_IN_APP)

    @property
    def session(self) -> StudySession:
        session = self.services.session
        assert session is not None, "the services are not open"
        return session

    # -- start and flow

    def welcome(self) -> str:
        """The header: pack, learner, where the learner is ("card 7 · 13 left, 3 of them learning"),
        streak and the study filter. Raises StoreError (Services.begin translates it)."""
        session = self.session
        options = self.services.config.options
        scope, language = "", self.language
        if options.section:
            section = session.pack.section(options.section)
            scope = says("scope_section", language, title=section.title if section else options.section)
        if options.tag:
            scope += says("scope_tag", language, tag=options.tag)
        queue = session.queue()
        number = session.reviewed + 1 if self.card is not None else None
        next_due = session.next_due() if number is None and not queue.total else None
        place = place_text(number, queue.total, queue.learning, next_due, session.clock(), language)
        return (f"{clean(session.pack.title, multiline=False)}{clean(scope, multiline=False)}\n" +
                says("header", language, place=place, learner=clean(session.learner, multiline=False),
                     streak=counted(self.services.streak(), "day", language)))

    def header(self) -> str | None:
        """`welcome()`, or None when progress cannot be read just now."""
        try:
            return self.welcome()
        except StoreError:
            return None

    def status(self) -> tuple[str, str] | None:
        """(the header, "3 cards due again: press F2 to go on." once the session has ended and cards fell due, else
        "") for the app's own refresh; None when progress cannot be read just now."""
        try:
            due, language = self.session.queue().total if self.finished else 0, self.language
            again = says("due_again", language, cards=counted(due, "card", language))
            return self.welcome(), again if due > self.left_said else ""  # more than the summary said was left
        except StoreError:
            return None

    def start(self) -> list[Message]:
        """The first question (or the summary when nothing is due)."""
        self.started = self.session.clock()
        self.finished = False
        return self._next()

    def _next(self) -> list[Message]:
        self.card = self.session.next_card()
        self.hint_level, self.read_source = 0, False
        if self.card is None:
            return self.end()
        practice = says("practice", self.language) if self.session.current_is_practice else ""
        return [Message("tutor", self._question(self.card) + practice)]

    def _question(self, card: Card) -> str:
        """The question and the section it comes from (unless its title gives the answer away)."""
        section = self.session.pack.section(card.section)
        question = question_text(card, self.session.pack.language)
        # the section on its own line, or after the how-to line of a choice, list, cloze or order card
        glue = "  " if question.rsplit("\n", 1)[-1].startswith("(") else "\n"
        if section is None or title_gives_away(card, section.title, self.session.pack.aliases):
            return question  # a title that holds the answer is shown after it, as the source
        return question + f"{glue}— {clean(section.title, multiline=False)}"

    def _asked_again(self, card: Card) -> str:
        """The question after "Back to the question:": with a choice's options, an order's items or a cloze's text,
        which its answer needs and the reply above may have pushed out of view."""
        if card.kind in ("choice", "order", "cloze"):
            return question_text(card, self.language)
        return clean(card.prompt, multiline=False)

    def what_to_type(self) -> list[Message]:
        """What the learner can type now (asked by a lone "?")."""
        if self.card is None:
            return [Message("system", says("what_to_type_idle", self.language))]
        russian = self.language == "ru"  # each in the language's own quotation marks
        listed = ", ".join(f"«{s}»" if russian else f'"{s}"' for s in (SAYINGS_RU if russian else SAYINGS))
        return [Message("system", says("what_to_type", self.language, sayings=listed))]

    def _unanswered(self, asked: Card | None) -> list[Message]:
        """The question left without an answer (by /end or a quiz), said so: it is not counted and stays due."""
        if asked is None or (self.card is not None and self.card.id == asked.id):
            return []
        return [Message("system", says("unanswered", self.language, prompt=clean(asked.prompt, multiline=False)))]

    def end(self) -> list[Message]:
        session, asked = self.session, self.card
        self.card = session.current = None  # a question left unanswered stays due
        if self.finished:
            return [Message("system", says("nothing_more", self.language))]
        self.finished = True
        now = session.clock()
        titles = {s.id: s.title for s in session.pack.sections}
        sections = [(titles.get(t.section_id, t.section_id), t.right, t.wrong) for t in session.tally()]
        queue = session.queue()
        self.left_said = queue.total
        text = summary_text(session.reviewed, session.correct, (now - self.started).total_seconds(),
                            session.next_due(), now, sections, left=queue.total, go=self.go, learning=queue.learning,
                            language=self.language)
        return [*self._unanswered(asked), Message("summary", text)]

    def resume(self) -> list[Message]:
        """Study again after the summary (F2): what fell due since, or when the next card is."""
        if self.card is not None:
            return []
        self.finished = False
        try:
            messages = self._next()
        except StoreError as exc:
            return [Message("error", f"Could not reach your progress: {exc}")]
        if self.card is None:  # still nothing: the summary again, shorter
            self.finished, self.left_said = True, 0
            next_due = self.session.next_due()
            when = "" if next_due is None else \
                says("next_due", self.language, when=when_text(next_due, self.session.clock(), self.language))
            return [Message("system", says("nothing_due_now", self.language, when=when))]
        return messages

    # -- input

    def handle(self, line: str) -> list[Message]:
        """A line typed by the learner: a /command, a request in words, a question (a line
        ending in "?" that asks: "when was it?"), or an answer ("October 2019?" included)."""
        text = line.strip()
        if not text:
            return []
        if asks_for_help(text):  # a lone "?": the learner asks what to do, never an answer to grade
            return self.what_to_type()
        try:
            text = as_meant(text, self.language, COMMANDS, said)  # ".рште", "yt pyf.": the other layout on
            if text.startswith("/"):
                name, _, arg = text[1:].strip().partition(" ")
                return self.command(name.lower(), arg.strip() or None)
            request = said(text)
            if request is not None and not self._right(line):
                return self.ask(text) if request == "quiz" else self.command(request)
            from .core.language import asks_in_any  # the grader's language data: loaded at the first line typed

            if self.card is None or (text.endswith("?") and asks_in_any(text)):
                return self.ask(text)
            return self.answer(line)  # "October 2019?" while a question waits is an answer offered
        except StoreError as exc:
            return [Message("error", f"Could not reach your progress: {exc}")]

    def _right(self, line: str) -> bool:
        """Whether a line that reads like a request is in fact a right answer to the question."""
        return self.card is not None and self.session.grader.grade(self.card, line).correct

    def answer(self, text: str) -> list[Message]:
        outcome = self.session.answer(text, self.card, hints=self.hint_level + self.read_source)
        kind: MessageKind = "right" if outcome.verdict.correct else "wrong"
        verdict = verdict_text(outcome.card, outcome.verdict, outcome.section, answer=text, hints=outcome.hints,
                               language=self.language)
        return [Message(kind, verdict + self._after(outcome)), *self._next()]

    def _after(self, outcome: Outcome) -> str:
        """When the card comes back, on the verdict's last line (its source), and whether it
        became a leech."""
        when = due_text(outcome.due, self.session.clock(), self.language)
        leech = "\n" + says("leech", self.language) if outcome.leech else ""
        if outcome.leech:
            self.suspended.append(outcome.card)
        return (f" · {when}" if outcome.section else f"\n{when.capitalize()}") + leech

    def ask(self, question: str) -> list[Message]:
        tutor = self.services.tutor
        try:
            reply = self._ask(tutor, question)
        except Exception as exc:  # noqa: BLE001 - a tutor bug is shown as an error, never as a decline
            return [Message("error", tutor_error_text(exc))]
        if reply.kind == "intent":
            return self.command({"explain": "why"}.get(reply.intent or "", reply.intent or "help"), reply.target)
        messages = [Message("reply" if reply.kind == "answer" else "decline", reply.text)]
        if self.card is not None:
            prompt = self._asked_again(self.card)
            if reply.kind == "answer" and (self.card.id in reply.cards or reply.section_id == self.card.section):
                self.read_source = True  # the tutor read out the question's own section: a hint in effect
                messages.append(Message("system", says("back_hint", self.language, prompt=prompt)))
            else:
                messages.append(Message("system", says("back", self.language, prompt=prompt)))
        return messages

    def _ask(self, tutor: Tutor, question: str) -> Reply:
        """A question leaning on "it", "he", "это" (or an elliptical "when?") is read with the card just graded (its
        verdict, answer and explanation are what the learner has just read; "why?" explains it too); when that finds
        nothing, or before any answer, with the card asked, by its prompt only (its answer is not yet the learner's)."""
        graded = self.session.history[-1].card if self.session.history else None
        reply = tutor.ask(question, about=graded) if graded is not None else None
        if self.card is not None and (reply is None or reply.kind == "decline") and \
                (graded is None or graded.id != self.card.id):
            reply = tutor.ask(question, about=self.card, answered=False)
        return reply if reply is not None else tutor.ask(question)

    def command(self, name: str, target: str | None = None) -> list[Message]:
        """Run a command by name (also what the app's keys call); `target`: a quiz topic or
        a count for /more."""
        try:
            if name == "quiz":
                return self.quiz(target)
            if name == "more":
                return self.more(target)
            handler = getattr(self, f"_cmd_{name}", None) if name in COMMANDS else None
            if handler is None:
                return [Message("system", f"Unknown command '/{name}'. Commands: {self.commands_text()}")]
            messages: list[Message] = handler()
            return messages
        except StoreConflict as exc:  # another window answered the card since: nothing was changed
            return [Message("system", str(exc))]
        except StoreError as exc:
            return [Message("error", f"Could not reach your progress: {exc}")]

    @staticmethod
    def commands_text() -> str:
        return "  ".join(f"/{name}" for name in COMMANDS) + "  (end a line with ? to ask the tutor)"

    # -- commands

    def _cmd_hint(self) -> list[Message]:
        if self.card is None:
            return [Message("system", says("no_hint", self.language))]
        self.hint_level = min(3, self.hint_level + 1)
        return [Message("hint", hint_text(self.card, self.hint_level, self.language))]

    def _cmd_skip(self) -> list[Message]:
        if self.card is None:
            return [Message("system", says("no_skip", self.language))]
        skipped = self.session.skip()
        prompt = clean(skipped.prompt, multiline=False) if skipped else ""
        return [Message("system", says("skipped", self.language, prompt=prompt)), *self._next()]

    def _cmd_show(self) -> list[Message]:
        """Show me the answer: recorded as not known (Again). With no question asked, why."""
        if self.card is None:
            return self._cmd_why()
        outcome = self.session.reveal(self.card)
        shown = shown_text(outcome.card, outcome.section, self.language)
        return [Message("wrong", shown + self._after(outcome)), *self._next()]

    def _override(self, correct: bool) -> list[Message]:
        language = self.language
        label = says("label_right" if correct else "label_wrong", language)
        last = self.session.history[-1] if self.session.history else None
        if last is not None and last.verdict.correct == correct:  # the session changes and records nothing
            return [Message("system", says("already", language, label=label), about_verdict=True)]
        outcome = self.session.override(correct)
        if outcome is None:
            return [Message("system", says("no_graded", language))]
        when = when_text(outcome.due, self.session.clock(), language)
        aided = says("marked_helped", language) if correct and (outcome.hints or outcome.shown) else ""
        return [Message("system", says("marked", language, label=label, aided=aided, when=when), about_verdict=True)]

    def _cmd_right(self) -> list[Message]:
        return self._override(True)

    def _cmd_wrong(self) -> list[Message]:
        return self._override(False)

    def _cmd_undo(self) -> list[Message]:
        card = self.session.undo()
        if card is None:
            return [Message("system", says("nothing_to_undo", self.language))]
        self.card, self.hint_level, self.read_source, self.finished = card, 0, False, False
        return [Message("system", says("undone", self.language)),
                Message("tutor", self._question(card))]

    def _cmd_why(self) -> list[Message]:
        language = self.language
        if not self.session.history:
            more = says("show_gives_up", language) if self.card else ""
            return [Message("system", says("nothing_to_explain", language, more=more))]
        card = self.session.history[-1].card
        section = self.session.pack.section(card.section)
        where = "\n" + says("from", language, title=section.title) if section else ""
        which = "" if self.card is None or self.card.id == card.id else \
            says("about_last", language, prompt=clean(card.prompt, multiline=False))
        why = says("why", language, why=card.explanation or says("no_explanation", language))
        return [Message("reply", f"{which}{why}{where}")]

    def _cmd_source(self) -> list[Message]:
        card = self.card or (self.session.history[-1].card if self.session.history else None)
        section = self.session.pack.section(card.section) if card else None
        if section is None:
            return [Message("system", says("no_source", self.language))]
        messages = [Message("reply", f"{section.title}\n{section.notes.strip()}")]
        if self.card is not None:  # read before answering: a right answer counts as after a hint
            self.read_source = True
            messages.append(Message("system", says("source_hint", self.language, prompt=self._asked_again(self.card))))
        return messages

    def _put_away(self, suspend: bool) -> list[Message]:
        asked = self.card
        card = self.session.suspend(asked) if suspend else self.session.bury(asked)
        if card is None:
            return [Message("system", says("nothing_to_put_away", self.language))]
        if suspend:
            self.suspended.append(card)
        prompt = clean(card.prompt, multiline=False)
        messages = [Message("system", says("suspended" if suspend else "buried", self.language, prompt=prompt))]
        if asked is not None and card.id == asked.id:
            messages += self._next()
        return messages

    def _cmd_suspend(self) -> list[Message]:
        return self._put_away(True)

    def _cmd_unsuspend(self) -> list[Message]:
        """Unsuspend the card last suspended here (by Ctrl+S or as a leech), or the last answered."""
        history = self.session.history
        card = self.suspended.pop() if self.suspended else (history[-1].card if history else None)
        state = self.session.state_of(card) if card is not None else None
        if card is None or state is None or not state.suspended:
            return [Message("system", says("no_suspended", self.language))]
        self.session.unsuspend(card)
        return [Message("system", says("unsuspended", self.language, prompt=clean(card.prompt, multiline=False)))]

    def _cmd_bury(self) -> list[Message]:
        return self._put_away(False)

    def _cmd_due(self) -> list[Message]:
        """What is left: the header's counts ("8 left, 3 of them learning"), by queue."""
        session = self.session
        queue = session.queue()
        language = self.language
        besides = says("besides", language) if self.card is not None else ""
        if queue.total:
            return [Message("reply", says("left_here", language, besides=besides, total=queue.total,
                                          learning=queue.learning, reviews=counted(queue.reviews, "review", language),
                                          review_count=queue.reviews, new=queue.new))]
        next_due = session.next_due()
        when = says("next_due_aside", language, when=when_text(next_due, session.clock(), language)) if next_due else ""
        return [Message("reply", says("none_left_here", language, besides=besides, when=when))]

    def _cmd_ahead(self) -> list[Message]:
        self.session.practice_ahead = True
        if self.card is not None:
            return [Message("system", says("ahead_on", self.language))]
        return [Message("system", says("ahead_now", self.language)), *self.resume()]

    def _cmd_go(self) -> list[Message]:
        if self.card is not None:
            return [Message("system", says("waiting", self.language))]
        return self.resume()

    def _cmd_end(self) -> list[Message]:
        return self.end()

    def _cmd_help(self) -> list[Message]:
        language = self.language if self.language in COMMAND_WORDS else "en"  # said in the pack's language
        lines = [f"/{name:<10} {what}" for name, what in COMMAND_WORDS[language].items()]
        quoted = (lambda s: f"«{s}»") if language == "ru" else (lambda s: f'"{s}"')
        first, then = (SAYINGS_RU, SAYINGS) if language == "ru" else (SAYINGS, SAYINGS_RU)  # its own first
        return [Message("system", chrome("help_head", language) + "\n" + "\n".join(lines) + "\n"
                        + chrome("help_or_say", language, words=", ".join(map(quoted, first)),
                                 other=chrome("help_other", language), others=", ".join(map(quoted, then))))]

    def more(self, count: str | None) -> list[Message]:
        """/more N: N new cards beyond today's limit, in this session."""
        try:
            n = MORE_NEW if count is None else int(count)
        except ValueError:
            return [Message("system", says("how_many", self.language))]
        if n <= 0:
            return [Message("system", says("how_many", self.language))]
        self.session.more_new(n)
        more = counted(n, "new card", self.language)
        if self.card is not None:
            return [Message("system", says("more_allowed", self.language, more=more))]
        return [Message("system", f"{more}:"), *self.resume()]

    def quiz(self, target: str | None) -> list[Message]:
        """Start over on one section or tag ("quiz me on trade")."""
        pack, asked = self.session.pack, self.card
        section = pack.section(target) if target else None
        self.services.restart(section=section.id if section else None, tag=None if section else target)
        label = section.title if section else says("quiz_tag" if target else "quiz_all", self.language, tag=target)
        messages = self.start()
        if self.card is None and not self.session.queue().total:  # asked for: new cards beyond today's limit
            self.session.more_new(MORE_NEW)
            going_on = self.resume()
            if self.card is not None:
                return [*self._unanswered(asked),
                        Message("system", says("quiz_more", self.language, label=label, more=MORE_NEW)), *going_on]
        return [*self._unanswered(asked), Message("system", says("quiz_on", self.language, label=label)), *messages]

