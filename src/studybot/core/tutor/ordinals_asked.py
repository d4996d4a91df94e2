"""Which one is not how many: "What caused the second oil shock?" asks of one shock by its place in a row, and "The
1970s brought two oil shocks" says how many there were, not which was second. An English question's ordinal ("second",
"2nd", "twenty-first") reads as the figure it orders by, as a cardinal ("two") does in a passage, so the two would meet
in full; a unit the question says as an ordinal (`Unit.ordinal`) is met by a passage that says its figure only as a
cardinal word (not as an ordinal too) in part, as a weak key meets it (`Weights.partial_credit`). A figure in digits
("Vostok 2", "World War 2", "in 2") may order as well, and keeps meeting it in full. Russian says an ordinal by a word
of its own ("второй": "втор", not the "2" of "два"), which no cardinal meets. A rule of English; no word of a text."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..numbers_en import ORDINALS, words_to_digits
from ..quantities import ordinals_in
from ..text import normalise
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Unit

__all__ = ["counted_only", "ordinal_words", "ordinals_asked"]


def ordinal_words(lang: str) -> frozenset[str]:
    """The ordinal words of English, which a passage's words never hold (they read as figures): a misspelt one is
    corrected to them too ("frist": "first"); none in another language, whose ordinals are words of the text."""
    return frozenset(ORDINALS) if lang == "en" else frozenset()


def ordinals_asked(text: str, lang: str) -> frozenset[str]:
    """The figures an English question (normalised) says as ordinals, as digits ("second": "2"); none in another
    language, whose ordinals are words of their own."""
    return ordinals_in(text, lang) if lang == "en" else frozenset()


@lru_cache(maxsize=4096)
def _said(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The figures a passage says as cardinal words ("two": "2"), and those it says as ordinals."""
    norm = normalise(text)
    cardinals = frozenset(words_to_digits(w) for w in WORD.findall(norm) if w.isalpha() and w not in ORDINALS)
    return frozenset(c for c in cardinals if c.isdigit()), ordinals_in(norm, "en")


def counted_only(u: Unit, text: str) -> bool:
    """Does a passage say the figure a question's ordinal unit orders by only as a cardinal word ("two oil shocks"
    for "the second oil shock")?"""
    if not u.ordinal:
        return False
    cardinals, ordinals = _said(text)
    return u.stem in cardinals and u.stem not in ordinals
