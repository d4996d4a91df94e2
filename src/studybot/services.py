"""What the app's screens work with: the pack, the progress store, the study session
and the tutor, opened together. Plain Python (no Textual): screens call it from
thread workers and render the plain results."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path

from .core.packs import Pack, PackError, load_pack
from .core.session import SessionOptions, StudySession
from .core.stats import streak
from .core.store import Store, StoreError, utcnow


@dataclass
class AppConfig:
    pack_path: Path
    db_path: Path
    learner: str
    clock: Callable[[], datetime] = field(default=utcnow)
    options: SessionOptions = field(default_factory=SessionOptions)


class ServiceError(Exception):
    """The pack or the progress database cannot be used; the message says why."""


class Services:
    """One learner's study of one pack: opened in a worker thread, used from workers."""

    def __init__(self, config: AppConfig):
        self.config = config
        self.pack: Pack | None = None
        self.store: Store | None = None
        self.session: StudySession | None = None
        self._tutor = None
        self._opening: threading.Thread | None = None
        self._open_error: ServiceError | None = None

    def open_early(self) -> None:
        """Start opening in the background (while the app draws its first screen)."""
        def run() -> None:
            try:
                self.open()
            except ServiceError as exc:
                self._open_error = exc
        self._opening = threading.Thread(target=run, name="studybot-open", daemon=True)
        self._opening.start()

    def ready(self) -> None:
        """Wait for an early open; open now if none was started. Raises ServiceError."""
        if self._opening is not None:
            self._opening.join()
            self._opening = None
            if self._open_error is not None:
                error, self._open_error = self._open_error, None
                raise error
        if self.session is None:
            self.open()

    def open(self) -> None:
        """Load the pack and open progress.db. Raises ServiceError with a readable message."""
        cfg = self.config
        try:
            pack = load_pack(cfg.pack_path)
        except PackError as exc:
            shown = "\n".join(str(p) for p in exc.problems[:8])
            more = f"\n… and {len(exc.problems) - 8} more" if len(exc.problems) > 8 else ""
            raise ServiceError(f"The pack has problems and cannot be studied:\n{shown}{more}\n"
                               f"Fix them (studybot validate {cfg.pack_path}) or choose another pack (F5).") from None
        try:
            store = Store.open(cfg.db_path)
        except StoreError as exc:
            raise ServiceError(f"Cannot open your progress: {exc}") from None
        self.close()
        self.pack, self.store = pack, store
        try:
            self.session = self._new_session(cfg.options)
        except StoreError as exc:
            self.close()
            raise ServiceError(f"Cannot open your progress: {exc}") from None

    def _new_session(self, options: SessionOptions) -> StudySession:
        assert self.pack is not None and self.store is not None
        return StudySession(self.pack, self.store, self.config.learner, clock=self.config.clock, **asdict(options))

    def restart(self, **changes) -> StudySession:
        """A fresh session with other options (a section or tag filter, say)."""
        if self.session is not None:
            self.session.finish()
        self.config.options = replace(self.config.options, **changes)
        self.session = self._new_session(self.config.options)
        return self.session

    @property
    def tutor(self):
        """The tutor for this pack, built on first use (it indexes the pack)."""
        if self._tutor is None and self.pack is not None:
            from .core.tutor import Tutor

            self._tutor = Tutor(self.pack)
        return self._tutor

    def streak(self) -> int:
        assert self.session is not None and self.store is not None
        return streak(self.store, self.session.learner_id, self.session.pack.id, self.config.clock())

    def close(self) -> None:
        if self.session is not None:
            try:
                self.session.finish()
            except StoreError:
                pass
        if self.store is not None:
            self.store.close()
        self.session = self.store = None
        self._tutor = None
