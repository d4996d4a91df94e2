"""The study conversation, independent of any screen: a line in, messages out.

The app (`tui/`) and the line mode (`studybot study --plain`) both drive a
`Conversation`: answers are graded and recorded, lines ending in "?" go to the tutor,
"/commands" (and the app's keys) give hints, skip, override, undo, explain, suspend,
bury or end the session. Every message is plain text with a kind that says how to
show it: tutor (a question), right, wrong, hint, reply, decline, system, summary,
error. Calls block on the database and the tutor: the app runs them in workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .core.packs import Card
from .core.store import StoreConflict, StoreError
from .core.text import clean
from .present import due_text, hint_text, question_text, summary_text, verdict_text, welcome_text

__all__ = ["COMMANDS", "Conversation", "Message"]

COMMANDS = {
    "hint": "a hint, more with each use",
    "skip": "put the question aside for this session",
    "right": "I was right: overrule the grade of your last answer",
    "wrong": "I was wrong: overrule the grade of your last answer",
    "undo": "take back your last answer and answer again",
    "why": "why the last answer is right (its explanation)",
    "suspend": "stop asking this card",
    "bury": "put this card away until tomorrow",
    "due": "how much is due",
    "end": "end the session with a summary",
    "help": "these commands",
}


MessageKind = Literal["tutor", "learner", "right", "wrong", "hint", "reply", "decline", "system", "summary", "error"]


@dataclass(frozen=True)
class Message:
    """One line of the conversation; `kind` says how to show it."""

    kind: MessageKind
    text: str


class Conversation:
    """One study conversation over `Services` (an opened pack, store, session, tutor)."""

    def __init__(self, services):
        self.services = services
        self.card: Card | None = None
        self.hint_level = 0
        self.started = services.session.clock()
        self.finished = False

    @property
    def session(self):
        return self.services.session

    # -- start and flow

    def welcome(self) -> str:
        """The header line: pack, learner, what is due, streak and the study filter.
        Raises StoreError (Services.begin translates it)."""
        session = self.session
        due, new = session.counts()
        options = self.services.config.options
        scope = ""
        if options.section:
            section = session.pack.section(options.section)
            scope = f" · section: {section.title if section else options.section}"
        if options.tag:
            scope += f" · tag: {options.tag}"
        return welcome_text(session.pack.title, session.learner, due, new, self.services.streak()) + scope

    def start(self) -> list[Message]:
        """The first question (or the summary when nothing is due)."""
        self.started = self.session.clock()
        self.finished = False
        return self._next()

    def _next(self) -> list[Message]:
        self.card = self.session.next_card()
        self.hint_level = 0
        if self.card is None:
            return self.end()
        section = self.session.pack.section(self.card.section)
        where = f"\n— {section.title}" if section else ""
        practice = " (practice ahead)" if self.session.current_is_practice else ""
        return [Message("tutor", question_text(self.card) + where + practice)]

    def end(self) -> list[Message]:
        session = self.session
        self.card = None
        if self.finished:
            return [Message("system", "Nothing more is due. Ask a question (end it with ?) or quit.")]
        self.finished = True
        next_due = session.store.next_due(session.learner_id, session.pack.id)
        now = session.clock()
        text = summary_text(session.reviewed, session.correct, (now - self.started).total_seconds(), next_due, now)
        return [Message("summary", text + "\nAsk a question (end it with ?), or quit.")]

    # -- input

    def handle(self, line: str) -> list[Message]:
        """A line typed by the learner: a /command, a question, or an answer."""
        text = line.strip()
        if not text:
            return []
        try:
            if text.startswith("/"):
                return self.command(text[1:].strip().lower())
            if text.endswith("?") or self.card is None:
                return self.ask(text)
            return self.answer(line)
        except StoreError as exc:
            return [Message("error", f"Could not reach your progress: {exc}")]

    def answer(self, text: str) -> list[Message]:
        outcome = self.session.answer(text, self.card)
        kind: MessageKind = "right" if outcome.verdict.correct else "wrong"
        when = due_text(outcome.due, self.session.clock())
        verdict = verdict_text(outcome.card, outcome.verdict, outcome.section) + f"\nNext review: {when}"
        return [Message(kind, verdict), *self._next()]

    def ask(self, question: str) -> list[Message]:
        reply = self.services.tutor.ask(question)
        if reply.kind == "intent":
            return self.command({"explain": "why"}.get(reply.intent, reply.intent), reply.target)
        messages = [Message("reply" if reply.kind == "answer" else "decline", reply.text)]
        if self.card is not None:
            messages.append(Message("system", f"Back to the question: {clean(self.card.prompt, multiline=False)}"))
        return messages

    def command(self, name: str, target: str | None = None) -> list[Message]:
        """Run a command by name (also what the app's keys call)."""
        try:
            if name == "quiz":
                return self.quiz(target)
            handler = getattr(self, f"_cmd_{name}", None) if name in COMMANDS else None
            if handler is None:
                return [Message("system", f"Unknown command '/{name}'. Commands: {self.commands_text()}")]
            return handler()
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
            return [Message("system", "There is no question to hint at right now.")]
        self.hint_level = min(3, self.hint_level + 1)
        return [Message("hint", hint_text(self.card, self.hint_level))]

    def _cmd_skip(self) -> list[Message]:
        if self.card is None:
            return [Message("system", "There is no question to skip.")]
        skipped = self.session.skip()
        return [Message("system", f"Skipped: {clean(skipped.prompt, multiline=False)}"), *self._next()]

    def _override(self, correct: bool) -> list[Message]:
        outcome = self.session.override(correct)
        if outcome is None:
            return [Message("system", "There is no graded answer to change yet.")]
        label = "right" if correct else "wrong"
        when = due_text(outcome.due, self.session.clock())
        return [Message("system", f"Marked {label} by you (your call is recorded). Next review: {when}.")]

    def _cmd_right(self) -> list[Message]:
        return self._override(True)

    def _cmd_wrong(self) -> list[Message]:
        return self._override(False)

    def _cmd_undo(self) -> list[Message]:
        card = self.session.undo()
        if card is None:
            return [Message("system", "There is nothing to undo.")]
        self.card, self.hint_level, self.finished = card, 0, False
        return [Message("system", "Took back your last answer. Here it is again:"),
                Message("tutor", question_text(card))]

    def _cmd_why(self) -> list[Message]:
        card = self.session.history[-1].card if self.session.history else self.card
        if card is None:
            return [Message("system", "There is nothing to explain yet.")]
        section = self.session.pack.section(card.section)
        where = f"\n(from: {section.title})" if section else ""
        return [Message("reply", f"Why: {card.explanation or 'No explanation was written for this card.'}{where}")]

    def _put_away(self, suspend: bool) -> list[Message]:
        asked = self.card
        card = self.session.suspend(asked) if suspend else self.session.bury(asked)
        if card is None:
            return [Message("system", "There is no card to put away.")]
        what = "Suspended (it will not be asked until unsuspended)" if suspend else "Buried until tomorrow"
        messages = [Message("system", f"{what}: {clean(card.prompt, multiline=False)}")]
        if asked is not None and card.id == asked.id:
            messages += self._next()
        return messages

    def _cmd_suspend(self) -> list[Message]:
        return self._put_away(True)

    def _cmd_bury(self) -> list[Message]:
        return self._put_away(False)

    def _cmd_due(self) -> list[Message]:
        due, new = self.session.counts()
        return [Message("reply", f"Due now: {due} review(s); new cards left today: {new}.")]

    def _cmd_end(self) -> list[Message]:
        return self.end()

    def _cmd_help(self) -> list[Message]:
        lines = [f"/{name:<8} {what}" for name, what in COMMANDS.items()]
        return [Message("system", "Commands:\n" + "\n".join(lines) + "\nEnd a line with ? to ask the tutor.")]

    def quiz(self, target: str | None) -> list[Message]:
        """Start over on one section or tag ("quiz me on trade")."""
        pack = self.session.pack
        section = pack.section(target) if target else None
        self.services.restart(section=section.id if section else None, tag=None if section else target)
        label = section.title if section else (f"tag '{target}'" if target else "the whole pack")
        return [Message("system", f"Quiz on {label}:"), *self.start()]
