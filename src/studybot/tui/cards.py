"""The Cards mode: a card browser. Find cards by text, section, tag or state, read a
card's history, suspend, unsuspend or reset it. Every call goes through `Services` in a
thread worker; every text is shown literally."""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..chrome import chrome, language_of_pack
from ..present_progress import card_detail_text, card_line
from ..services import ServiceError
from .study import language_of, services_of, speak
from .widgets import KeyBar, ModeBar, described, literal


class CardList(OptionList):
    """The cards found; its keys act on the highlighted card."""

    BINDINGS = [
        described("u", "screen.suspend(False)", "unsuspend"),
        described("s", "screen.suspend(True)", "suspend"),
        described("x", "screen.reset", "reset"),
    ]


class ConfirmReset(ModalScreen[bool]):
    """Resetting starts a card afresh: asked once more before it is done."""

    BINDINGS = [described("y", "dismiss(True)", "reset"), described("n,escape", "dismiss(False)", "keep")]

    def __init__(self, prompt: str, language: str = "en") -> None:
        super().__init__()
        self.prompt, self.language = prompt, language

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(literal(chrome("confirm_reset", self.language, prompt=self.prompt)), markup=False)


class CardsScreen(Screen[None]):
    """Every card of the pack with the learner's state of it."""

    # Down in the Find box goes to the list, as Enter does (the list's own Down moves in it)
    BINDINGS = [Binding("down", "to_list", "To the list", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.shown = 0  # how many times the list was drawn (tests wait on it)

    def compose(self) -> ComposeResult:
        language = language_of(self)
        yield ModeBar("cards", language)
        yield Input(placeholder=chrome("search", language), id="card-search")
        with Horizontal(id="cards-body"):
            yield CardList(id="card-list")
            with VerticalScroll(id="card-detail"):
                yield Static(literal(chrome("loading_cards", language)), id="card-info", markup=False)
        yield KeyBar([("enter", "", "to_list"), *CardList.BINDINGS], language)

    def on_screen_resume(self) -> None:
        self.query_one("#card-search", Input).placeholder = chrome("search", speak(self))
        self.find(self.query_one("#card-search", Input).value)

    @on(Input.Changed, "#card-search")
    def changed(self, event: Input.Changed) -> None:
        self.find(event.value)

    @on(Input.Submitted, "#card-search")
    def submitted(self, _: Input.Submitted) -> None:
        self.query_one(CardList).focus()

    def action_to_list(self) -> None:
        self.query_one(CardList).focus()

    @work(thread=True, exclusive=True, group="cards")
    def find(self, query: str) -> None:
        try:
            rows = services_of(self).find_cards(query)
        except ServiceError as exc:
            self.app.call_from_thread(self.info, str(exc))
            return
        self.app.call_from_thread(self.listed, rows)

    def listed(self, rows: list[Any]) -> None:
        cards = self.query_one(CardList)
        keep = cards.highlighted
        current = self.rows[keep].card_id if keep is not None and keep < len(self.rows) else None
        self.rows = rows
        cards.clear_options()
        language = language_of(self)
        cards.add_options([Option(literal(card_line(row, language))) for row in rows])
        self.shown += 1
        if not rows:
            self.info(chrome("no_match", language) + chrome("search", language))
            return
        ids = [row.card_id for row in rows]
        cards.highlighted = ids.index(current) if current in ids else 0

    @on(OptionList.OptionHighlighted, "#card-list")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self.rows):
            self.detail(self.rows[event.option_index])

    @work(thread=True, exclusive=True, group="card-detail")
    def detail(self, row: Any) -> None:
        services = services_of(self)
        try:
            history = services.card_history(row.card_id)
        except ServiceError as exc:
            self.app.call_from_thread(self.info, str(exc))
            return
        self.app.call_from_thread(self.info, card_detail_text(row, history, services.config.clock(),
                                                              language_of_pack(services.pack)))

    def info(self, text: str) -> None:
        self.query_one("#card-info", Static).update(literal(text))

    def _current(self) -> Any | None:
        index = self.query_one(CardList).highlighted
        return self.rows[index] if index is not None and index < len(self.rows) else None

    def action_suspend(self, suspended: bool) -> None:
        row = self._current()
        if row is not None:
            self.change(row.card_id, "suspend" if suspended else "unsuspend")

    def action_reset(self) -> None:
        row = self._current()
        if row is None:
            return

        def answered(reset: bool | None) -> None:
            if reset:
                self.change(row.card_id, "reset")

        self.app.push_screen(ConfirmReset(row.prompt, language_of(self)), answered)

    def change(self, card_id: str, what: str) -> None:
        self.changing(card_id, what, self.query_one("#card-search", Input).value)

    @work(thread=True, group="card-change")
    def changing(self, card_id: str, what: str, query: str) -> None:
        services = services_of(self)
        try:
            if what == "reset":
                services.reset_card(card_id)
            else:
                services.set_suspended(card_id, what == "suspend")
        except ServiceError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        done = chrome(f"{what}_done", language_of(self))
        self.app.call_from_thread(self.notify, done, markup=False)
        self.app.call_from_thread(self.find, query)  # after the change: the list shows it
