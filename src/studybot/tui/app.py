"""The Textual app: Study, Ask, Progress and Packs modes over one learner's study.

The app only renders plain results from `studybot.core` (through `Services`);
database and tutor work runs in thread workers. Pack text and learner input are
shown literally (Content, never markup) after `clean()` removed control, escape and
bidi characters.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding

from ..core.clock import utcnow
from ..core.session import SessionOptions
from ..core.text import clean
from ..services import AppConfig, ServiceError, Services
from .messages import PackChanged, PackChosen, StudyRequested
from .study import StudyScreen

__all__ = ["AppConfig", "StudyApp", "build_app"]


class StudyApp(App):
    CSS_PATH = "studybot.tcss"
    TITLE = "studybot"
    ENABLE_COMMAND_PALETTE = False
    MODES = {"study": StudyScreen, "ask": lambda: _screen("AskScreen"), "progress": lambda: _screen("ProgressScreen"),
             "packs": lambda: _screen("PacksScreen"), "cards": lambda: _screen("CardsScreen")}
    BINDINGS = [
        Binding("f1", "help", "Help", show=False),
        Binding("f2", "study", "Study", show=False),
        Binding("f3", "switch_mode('ask')", "Ask", show=False),
        Binding("f4", "switch_mode('progress')", "Progress", show=False),
        Binding("f5", "switch_mode('packs')", "Packs", show=False),
        Binding("f6", "switch_mode('cards')", "Cards", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, config: AppConfig):
        # NO_COLOR: no colour at all (Textual's NoColor filter), not shades of grey; what
        # colour told apart, symbols, border shapes, bold and reverse tell (studybot.tcss)
        super().__init__(ansi_color=True if "NO_COLOR" in os.environ else None)
        self.config = config
        self.services = Services(config)
        self.packs_opened = [config.pack_path]  # the Packs mode lists them, so a pack left can be gone back to

    def on_mount(self) -> None:
        self.switch_mode("study")

    def action_study(self) -> None:
        """F2: to Study; in Study after the summary, go on with what fell due."""
        if self.current_mode == "study":
            study = self.study_screen()
            if study is not None and self.screen is study:
                study.action_resume()
            return
        self.switch_mode("study")

    def action_help(self) -> None:
        if type(self.screen).__name__ != "HelpScreen":
            self.push_screen(_screen("HelpScreen"))

    def study_screen(self) -> StudyScreen | None:
        """The Study mode's screen, if it has been made."""
        try:
            stack = self.get_screen_stack("study")
        except KeyError:  # not opened yet
            return None
        return next((screen for screen in stack if isinstance(screen, StudyScreen)), None)

    def on_study_requested(self, request: StudyRequested) -> None:
        """Another mode asked for a study command ("quiz me on trade" in Ask): run it in Study."""
        self.switch_mode("study")
        study = self.study_screen()
        if study is not None:
            study.post_message(StudyRequested(request.command, request.target))

    def on_pack_chosen(self, chosen: PackChosen) -> None:
        self.switch_pack(chosen.path)

    def _reload_study(self) -> None:
        self.switch_mode("study")
        study = self.study_screen()
        if study is not None:
            study.post_message(PackChanged())

    @work(thread=True, exclusive=True, group="study")
    def switch_pack(self, path: Path) -> None:
        self.config.pack_path = path
        self.packs_opened.append(path)
        self.config.options = SessionOptions(**{**self.config.options.__dict__, "section": None, "tag": None})
        try:
            self.services.open()
        except ServiceError as exc:
            self.call_from_thread(self.notify, clean(str(exc)), severity="error", markup=False)
            return
        self.call_from_thread(self._reload_study)

    def on_unmount(self) -> None:
        self.services.close()


def _screen(name: str):
    """The other modes' screens, imported when first opened (start-up needs only Study)."""
    from . import screens

    return getattr(screens, name)()


def build_app(pack_path: str | Path, db_path: str | Path, learner: str,
              clock: Callable[[], datetime] | None = None, options: SessionOptions | None = None) -> StudyApp:
    """The one factory for the app, shared by the CLI and the tests."""
    return StudyApp(AppConfig(Path(pack_path), Path(db_path), learner, clock or utcnow, options or SessionOptions()))
