"""What the app's screens work with: the pack, the progress store, the study session
and the tutor, opened together. Plain Python (no Textual): screens call it from
thread workers and render the plain results."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .core.clock import utcnow
from .core.packs import Pack, PackError, load_pack
from .core.session import SessionOptions, StudySession
from .core.stats import streak
from .core.store import Store, StoreError, StoreLocked

if TYPE_CHECKING:
    from .conversation import Conversation, Message
    from .core.browse import CardRow
    from .core.records import HistoryRow
    from .core.stats import Progress
    from .core.tutor import Tutor


@dataclass
class AppConfig:
    pack_path: Path
    db_path: Path
    learner: str
    clock: Callable[[], datetime] = field(default=utcnow)
    options: SessionOptions = field(default_factory=SessionOptions)


class ServiceError(Exception):
    """The pack or the progress database cannot be used; the message says why.
    The only error the screens see: store errors are translated here. `line` says it
    in one line (plain mode, the command line)."""

    def __init__(self, message: str, line: str | None = None):
        super().__init__(message)
        self.line = line or " ".join(message.split())


@contextmanager
def translated(prefix: str = "") -> Iterator[None]:
    """Turn a StoreError raised inside into a ServiceError with the same message."""
    try:
        yield
    except StoreError as exc:
        raise ServiceError(f"{prefix}{exc}") from None


class _Locked(Exception):
    """A quick open met a lock: open again in a worker, with the full wait."""


QUICK_PACK_BYTES = 1_000_000


class Services:
    """One learner's study of one pack: the pack, progress.db, the session and the tutor."""

    def __init__(self, config: AppConfig):
        self.config = config
        self.pack: Pack | None = None
        self.store: Store | None = None
        self.session: StudySession | None = None
        self._tutor: Tutor | None = None
        # one call at a time from the app's workers: opening another pack waits for an answer
        # being recorded, instead of closing the store under it
        self.lock = threading.RLock()

    def current(self, conversation: Conversation) -> bool:
        """Is this conversation on the session open now (not one of a pack switched away)?"""
        return self.session is not None and conversation.session is self.session

    def welcome(self, conversation: Conversation) -> str | None:
        """The conversation's header line; None when the database cannot be read now
        (the conversation's own messages say so)."""
        try:
            with self.lock:
                return conversation.welcome()
        except StoreError:
            return None

    def open_quickly(self) -> bool:
        """Open now if it is quick (a pack of ordinary size, a database nobody else holds):
        the app then shows the first question in its first frame. False: open in a
        worker instead. Raises ServiceError when the pack or database cannot be used."""
        if self.session is not None:
            return True
        try:
            if Path(self.config.pack_path).stat().st_size > QUICK_PACK_BYTES:
                return False
        except OSError:
            pass  # open() explains a missing pack
        try:
            self.open(wait_ms=100)
        except _Locked:
            self.close()
            return False
        return True

    def ready(self) -> None:
        """Open, unless already open. Raises ServiceError."""
        if self.session is None:
            self.open()

    def open(self, wait_ms: int | None = None) -> None:
        """Load the pack and open progress.db. Raises ServiceError with a readable message.
        With `wait_ms`, a database another program keeps locked longer raises _Locked."""
        with self.lock:
            self._open(wait_ms)

    def _open(self, wait_ms: int | None) -> None:
        cfg = self.config
        try:
            pack = load_pack(cfg.pack_path)
        except PackError as exc:
            shown = "\n".join(str(p) for p in exc.problems[:8])
            more = f"\n… and {len(exc.problems) - 8} more" if len(exc.problems) > 8 else ""
            first = exc.problems[0] if exc.problems else None
            others = f" (and {len(exc.problems) - 1} more: studybot validate {cfg.pack_path})" \
                if len(exc.problems) > 1 else ""
            raise ServiceError(f"The pack has problems and cannot be studied:\n{shown}{more}\n"
                               f"Fix them (studybot validate {cfg.pack_path}) or choose another pack (F5).",
                               f"the pack cannot be studied: {first}{others}") from None
        self.close()
        try:
            self.store = Store.open(cfg.db_path, wait_ms=wait_ms)
            self.pack = pack
            self.session = self._new_session(cfg.options)
        except StoreError as exc:
            self.close()
            if isinstance(exc, StoreLocked) and wait_ms is not None:
                raise _Locked from None
            raise ServiceError(f"Cannot open your progress: {exc}") from None

    def _new_session(self, options: SessionOptions) -> StudySession:
        assert self.pack is not None and self.store is not None
        return StudySession(self.pack, self.store, self.config.learner, clock=self.config.clock, **asdict(options))

    def begin(self, then: str | None = None, target: str | None = None) -> tuple[Conversation, str, list[Message]]:
        """Open if needed and start a conversation: (conversation, welcome line, first
        messages); with `then`, run that command first ("quiz" on `target`, say).
        Raises ServiceError."""
        from .conversation import Conversation

        self.ready()
        with self.lock, translated("Cannot read your progress: "):
            conversation = Conversation(self)
            messages = conversation.command(then, target) if then else conversation.start()
            return conversation, conversation.welcome(), messages

    def restart(self, **changes: Any) -> StudySession:
        """A fresh session with other options (a section or tag filter, say)."""
        if self.session is not None:
            self.session.finish()
        self.config.options = replace(self.config.options, **changes)
        self.session = self._new_session(self.config.options)
        return self.session

    @property
    def tutor(self) -> Tutor:
        """The tutor for this pack, built on first use (it indexes the pack); opens the
        pack first if need be. Raises ServiceError."""
        if self._tutor is None:
            from .core.tutor import Tutor

            self.ready()
            assert self.pack is not None
            self._tutor = Tutor(self.pack)
        return self._tutor

    def progress(self) -> Progress:
        """The Progress mode's figures for this learner and pack (opening first if need be).
        Raises ServiceError."""
        from .core.stats import learner_progress

        self.ready()
        session = self.session
        assert session is not None
        with self.lock, translated("Cannot read your progress: "):
            _, new_left = session.counts()
            return learner_progress(session.store, session.learner_id, session.pack, session.clock(),
                                    day_hour=session.day_hour, scheduling=session.scheduling, new_left=new_left,
                                    queue=session.queue(), left=session.queue_by_section())

    # -- the card browser

    def find_cards(self, query: str) -> list[CardRow]:
        """The pack's cards matching a browser query (words, section:, tag:, is:STATE), with
        this learner's state of each. Raises ServiceError."""
        from .core.browse import find_cards

        session = self._opened()
        with translated("Cannot read your progress: "):
            return find_cards(session.pack, session.store.card_states(session.learner_id, session.pack.id), query)

    def card_history(self, card_id: str) -> list[HistoryRow]:
        """A card's reviews, newest first. Raises ServiceError."""
        session = self._opened()
        with translated("Cannot read your progress: "):
            return session.store.card_history(session.learner_id, session.pack.id, card_id)

    def set_suspended(self, card_id: str, suspended: bool) -> None:
        """Suspend or unsuspend a card. Raises ServiceError."""
        session = self._opened()
        with translated("Cannot change your progress: "):
            session.store.set_flags(session.learner_id, session.pack.id, card_id, suspended=suspended)

    def reset_card(self, card_id: str) -> None:
        """Start a card afresh (new again; its history is kept). Raises ServiceError."""
        session = self._opened()
        with translated("Cannot change your progress: "):
            session.store.reset_card(session.learner_id, session.pack.id, card_id, session.clock())

    def _opened(self) -> StudySession:
        self.ready()
        assert self.session is not None
        return self.session

    def streak(self) -> int:
        assert self.session is not None and self.store is not None
        return streak(self.store, self.session.learner_id, self.session.pack.id, self.config.clock())

    def close(self) -> None:
        with self.lock:
            self._close()

    def _close(self) -> None:
        if self.session is not None:
            with suppress(StoreError):
                self.session.finish()
        if self.store is not None:
            self.store.close()
        if self._tutor is not None:
            self._tutor.close()
        self.session = self.store = None
        self._tutor = None
