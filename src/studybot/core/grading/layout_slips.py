"""An answer typed with the other keyboard layout on (`core.layouts`): "ldbufntkm" for "двигатель" on a Russian
pack, "сщьзкуыыщк" for "compressor" on an English one. A fair teacher sees the slip on the screen; the grader
reads the answer in the pack's layout and grades that reading (the caller keeps it only when it is right).

Conservative: a word is read in the other layout only when it is no word as written. A word with a figure
("5km", "CO2"), a word in mixed case ("NaCl"), a word the general lexicon of its own script knows ("time",
"он"), stay as written. When every word of the answer is such a slip the whole answer is read (the grade then
decides); when the answer mixes them with words typed in the pack's layout, only the slips that read as words
the pack or the general lexicon of its language know are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import wordnet, wordnet_ru
from ..language import language
from ..layouts import Layout, has_letters_of, in_layout, layout_of, pack_layout
from ..si_units import unit_symbol

__all__ = ["MIN_LETTERS", "layout_reading", "says_layout", "word_of_language"]

MIN_LETTERS = 2  # letters of an answer read in the other layout (a single key is no evidence)
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_NAMES: dict[Layout, str] = {"ru": "Russian", "en": "English"}


def says_layout(code: str) -> str:
    """The grading trace's words for an answer read in the layout of the pack's language."""
    return f"read in the {_NAMES.get(pack_layout(code) or 'en', 'English')} layout"


def word_of_language(code: str, word: str) -> bool:
    """Does the general lexicon of a language know `word` (lower case)?"""
    lang = language(code)
    if word in lang.lex.stop or word in lang.lex.negators:
        return True
    if code == "en":
        return wordnet.known(word) or bool(wordnet.base_forms(word))
    return wordnet_ru.in_wiktionary(lang.stem(word))


def _slip(token: str, meant: Layout) -> bool:
    """Is a token of the answer no word as written, all typed in the other layout?"""
    letters = "".join(_LETTERS.findall(token))
    if layout_of(token) in (None, meant) or _DIGIT.search(token) or not letters or unit_symbol(letters):
        return False  # (a unit's symbol is Latin in Russian too: "300 GW")
    if not (letters.islower() or letters.isupper() or letters.istitle()):
        return False  # "NaCl", "mRNA": a symbol
    written: Layout = "en" if meant == "ru" else "ru"
    words = _LETTERS.findall(token.casefold())
    return not any(len(w) >= MIN_LETTERS and word_of_language(written, w) for w in words)


def layout_reading(answer: str, code: str, known: Callable[[str], bool]) -> str | None:
    """`answer` with its words typed in the other layout read in the layout of the pack's language `code`, or
    None (nothing to read, or a language whose layout is not known). `known(word)`: does the pack use the word
    (lower case, in its language)?"""
    meant = pack_layout(code)
    if meant is None or not has_letters_of(answer, "ru" if meant == "en" else "en") \
            or sum(len(w) for w in _LETTERS.findall(answer)) < MIN_LETTERS:
        return None  # (with no letter of the other layout, no word of the answer can be a slip)
    tokens = answer.split()
    lettered = [t for t in tokens if _LETTERS.search(t)]
    slips = [_slip(t, meant) for t in tokens]
    if all(slip for t, slip in zip(tokens, slips, strict=True) if t in lettered):
        read = [in_layout(t, meant) if slip else t for t, slip in zip(tokens, slips, strict=True)]
    elif any(layout_of(t) == meant for t in tokens):
        read = [_known_reading(t, meant, known) if slip else t for t, slip in zip(tokens, slips, strict=True)]
    else:
        return None  # words of the other layout that are words there ("the donjon"): as written
    reading = " ".join(read)
    return reading if reading != " ".join(tokens) else None


def _known_reading(token: str, meant: Layout, known: Callable[[str], bool]) -> str:
    """A slipped token in an answer otherwise typed right: read when its words are words the pack or the
    language knows, else as written."""
    reading = in_layout(token, meant)
    words = _LETTERS.findall(reading.casefold())
    return reading if words and all(known(w) or word_of_language(meant, w) for w in words) else token
