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

from ..present import card_detail_text, card_line
from ..services import ServiceError
from .study import services_of
from .widgets import KeyBar, ModeBar, literal

SEARCH_HELP = "Find: words, section:ID, tag:TAG, new/learning/review/suspended/leech"


class CardList(OptionList):
    """The cards found; its keys act on the highlighted card."""

    BINDINGS = [
        Binding("u", "screen.suspend(False)", "Unsuspend"),
        Binding("s", "screen.suspend(True)", "Suspend"),
        Binding("x", "screen.reset", "Reset"),
    ]


class ConfirmReset(ModalScreen[bool]):
    """Resetting starts a card afresh: asked once more before it is done."""

    BINDINGS = [Binding("y", "dismiss(True)", "Reset"), Binding("n,escape", "dismiss(False)", "Keep")]

    def __init__(self, prompt: str) -> None:
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(literal(f"Reset this card?\n\n{self.prompt}\n\nIt becomes new again; its history is kept.\n"
                                 "y: reset · n or Esc: keep it"), markup=False)


class CardsScreen(Screen[None]):
    """Every card of the pack with the learner's state of it."""

    # Down in the Find box goes to the list, as Enter does (the list's own Down moves in it)
    BINDINGS = [Binding("down", "to_list", "To the list", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.shown = 0  # how many times the list was drawn (tests wait on it)

    def compose(self) -> ComposeResult:
        yield ModeBar("cards")
        yield Input(placeholder=SEARCH_HELP, id="card-search")
        with Horizontal(id="cards-body"):
            yield CardList(id="card-list")
            with VerticalScroll(id="card-detail"):
                yield Static(literal("Loading the cards…"), id="card-info", markup=False)
        yield KeyBar([("enter", "", "To the list"), *CardList.BINDINGS])

    def on_screen_resume(self) -> None:
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
        cards.add_options([Option(literal(card_line(row))) for row in rows])
        self.shown += 1
        if not rows:
            self.info("No card matches. " + SEARCH_HELP)
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
        self.app.call_from_thread(self.info, card_detail_text(row, history, services.config.clock()))

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

        self.app.push_screen(ConfirmReset(row.prompt), answered)

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
        done = {"reset": "Reset: the card is new again", "suspend": "Suspended", "unsuspend": "Unsuspended"}[what]
        self.app.call_from_thread(self.notify, done, markup=False)
        self.app.call_from_thread(self.find, query)  # after the change: the list shows it
