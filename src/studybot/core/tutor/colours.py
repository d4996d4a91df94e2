"""A colour asked: "what colour is X?", "какого цвета X?" ask for a colour, which only a sentence saying one gives.

A passage that names X but says no colour, nor does a sentence next to it ("The Merrow lamp went on sale in 1921";
"Нитрат никеля хорошо растворим в воде"), does not answer such a question, however much of it it covers: the tutor
takes the next passage that answers and says one (`telling_colour`), or declines. A colour is said by a colour word of
the language in any of its forms ("red", "reddish", "blue-green", "colourless"; "красный", "краснеет", "бесцветен",
"малиновым", "синеет"). Rules of English and Russian (their question phrases and their basic colour words), no word of
a text; each language's words are its own letters, so a sentence is only ever met by its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon_colours import COLOUR_SAID as _SAID
from ..text import normalise
from .supplying import telling

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc, Library
    from .ranking import Ranker, Scored

__all__ = ["asks_colour", "colour_unsaid", "says_colour", "telling_colour"]

_ASKED = re.compile(
    r"\b(?:what|which) colou?rs?\b|\bwhat shades? of colou?r\b|\bwhat is the colou?r\b"
    r"|(?<!\w)(?:какого (?:цвета|оттенка)|какой (?:цвет|окраски|оттенок)|какую окраску|какая окраска|каким цветом"
    r"|в какой цвет|каков цвет|какова окраска)(?!\w)")


def asks_colour(q: Question) -> bool:
    """Does a question ask what colour something is ("what colour", "какого цвета")?"""
    return _asked(q.text)


def colour_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a question ask a colour that neither a passage nor a sentence next to it says?"""
    return asks_colour(q) and not _told(doc, library)


def telling_colour(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The best-ranked passage that answers a colour question and says a colour (or the sentence next to it does)."""
    return telling(ranker, q, ranked, lambda doc: _told(doc, ranker.library))


def _told(doc: Doc, library: Library) -> bool:
    return says_colour(doc.text) or any(says_colour(n.text) for n in library.neighbours(doc))


@lru_cache(maxsize=4096)
def says_colour(text: str) -> bool:
    """Does a sentence say a colour ("turns red", "a colourless gas", "лакмус синеет", "голубое основание")?"""
    return bool(_SAID.search(normalise(text)))


@lru_cache(maxsize=1024)
def _asked(text: str) -> bool:
    return bool(_ASKED.search(text))
