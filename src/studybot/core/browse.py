"""The card browser's logic: find a learner's cards by text, section, tag or state.

Pure: the pack's cards and the learner's stored states in, rows out (the store reads the
states and the history; the app layer hands both here).

A query is words to find in a card's prompt, answer or id (in any form of the pack's language: a word
matches a card that has a word of the same Snowball stem, so "галлий" finds "плотность галлия" and
"visit" finds "visited"), and any of `section:ID`,
`tag:TAG` and `is:STATE` (new, learning, review, suspended, leech); a bare state word
("suspended") works too.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal, NamedTuple, get_args

from .language import LANGUAGES, Language, language
from .packs import Card, Pack
from .records import CardPhase, CardState
from .text import normalise

__all__ = ["CARD_STATES", "STATE_WORDS_RU", "CardLabel", "CardQuery", "CardRow", "asks", "find_cards", "label_of",
           "parse_query"]

CardLabel = Literal["new", "learning", "review", "suspended", "leech"]
CARD_STATES: tuple[CardLabel, ...] = get_args(CardLabel)
_WORD = re.compile(r"[^\W_]+")  # a letter or digit run, any script


class CardQuery(NamedTuple):
    words: tuple[str, ...] = ()
    section: str | None = None
    tag: str | None = None
    state: CardLabel | None = None


class CardRow(NamedTuple):
    """One card as the browser lists it."""

    card_id: str
    prompt: str
    answer: str
    section_id: str
    section_title: str
    tags: tuple[str, ...]
    label: CardLabel
    due: datetime | None
    reps: int
    lapses: int
    stability: float | None


def label_of(state: CardState | None) -> CardLabel:
    """One word for where a card is: leech, suspended, new, learning (or relearning), review."""
    if state is None:
        return "new"
    if state.leech:
        return "leech"
    if state.suspended:
        return "suspended"
    if state.state == CardPhase.NEW:
        return "new"
    return "review" if state.state == CardPhase.REVIEW else "learning"


# the states as the Cards screen names them to a learner of a Russian pack (`studybot.chrome`), found as the
# English words are
STATE_WORDS_RU: dict[str, CardLabel] = {"новая": "new", "изучается": "learning", "повторение": "review",
                                        "убрана": "suspended", "трудная": "leech"}


def _state_word(word: str) -> CardLabel | None:
    for label in CARD_STATES:
        if word == label:
            return label
    return STATE_WORDS_RU.get(word.replace("ё", "е"))


def parse_query(text: str) -> CardQuery:
    words: list[str] = []
    section = tag = None
    state: CardLabel | None = None
    for token in text.split():
        key, colon, value = token.partition(":")
        key = key.lower()
        if colon and key == "section" and value:
            section = value
        elif colon and key == "tag" and value:
            tag = value
        elif colon and key == "is" and _state_word(value.lower()):
            state = _state_word(value.lower())
        elif not colon and _state_word(key) and state is None:
            state = _state_word(key)
        else:
            words.append(normalise(token))
    return CardQuery(tuple(w for w in words if w), section, tag, state)


def _matches(card: Card, section_title: str, label: CardLabel, query: CardQuery, words: Language) -> bool:
    if query.section and query.section not in (card.section, section_title):
        return False
    if query.tag and query.tag not in card.tags:
        return False
    if query.state is not None and query.state != label and not (query.state == "suspended" and label == "leech"):
        return False
    if query.words:
        text = normalise(" ".join((card.id, card.prompt, card.answer, card.text or "", *card.options, *card.items)))
        stems = {words.stem(w) for w in _WORD.findall(text)}
        return all(word in text or words.stem(word) in stems for word in query.words)
    return True


def asks(card: Card) -> str:
    """What a card asks, in one line of the list: a cloze card's text follows its prompt, with its
    blanks as "____", so that two cloze cards prompted alike ("Fill in the blanks.") differ."""
    if card.kind != "cloze" or not card.text:
        return card.prompt or card.id
    blanked = " ".join(re.sub(r"\{\{.*?\}\}", "____", card.text, flags=re.DOTALL).split())
    return f"{card.prompt} {blanked}" if card.prompt else blanked


def find_cards(pack: Pack, states: dict[str, CardState], text: str) -> list[CardRow]:
    """The pack's cards that match a query, in pack order."""
    query = parse_query(text)
    words = language(pack.language if pack.language in LANGUAGES else "en")
    rows = []
    for card in pack.cards:
        section = pack.section(card.section)
        title = section.title if section else card.section
        state = states.get(card.id)
        label = label_of(state)
        if not _matches(card, title, label, query, words):
            continue
        rows.append(CardRow(card.id, asks(card), card.answer, card.section, title, card.tags,
                            label, state.due if state else None, state.reps if state else 0,
                            state.lapses if state else 0, state.stability if state else None))
    return rows
