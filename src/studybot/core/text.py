"""Text normalisation for comparison, and sanitising untrusted text for display.

Pack content and learner input are untrusted: they may carry terminal escape
sequences, C0/C1 control characters or bidirectional overrides that would let a
string rewrite the screen or hide what it says. `clean` removes them; the UI shows
the result literally (never as markup).
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import lru_cache
from typing import Any, TextIO

from .memos import memoised
from .vulgar_fractions import mixed_numbers, typed_mixed_numbers

__all__ = ["CleanWriter", "clean", "clean_data", "counted", "may_hold_digit", "normalise", "strip_accents",
           "word_runs", "words"]

# ESC-introduced sequences: CSI (ESC [ ... final, or its 8-bit form), OSC (ESC ] ...
# BEL or ST: titles, clipboard, hyperlinks), string commands (DCS, SOS, PM, APC) and
# two-character escapes go whole. Other 8-bit C1 introducers are removed alone (as
# control characters), so a stray byte never swallows the text after it.
_ESCAPE_SEQ = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?          # CSI
    | \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC, terminated by BEL or ST (or unterminated)
    | \x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?       # DCS, SOS, PM, APC
    | \x1b[ -/]*[0-~]?                        # other escapes (and a lone ESC)
    """,
    re.VERBOSE,
)

# Anything but printable ASCII is looked at one character at a time (`_fate`), except letters,
# marks and punctuation of blocks with no control, format or unassigned code point (Latin-1
# but the soft hyphen, Latin Extended-A/B, combining diacritics, Cyrillic, dashes, quotes and
# other general punctuation before the invisible operators): they always stay as they are.
_SUSPECT = re.compile(r"[^\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u0300-\u036f\u0400-\u04ff\u2010-\u2027\u2030-\u205e"
                      r"\u2116\u2212]")
# Removed: control characters (C0, DEL, C1), format characters (bidi overrides and
# isolates, zero-width characters, BOM, invisible operators, tags: the Trojan Source
# family), surrogates (undecodable bytes), private-use and unassigned code points.
_REMOVED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_LINE_BREAKS = frozenset("\n\u2028\u2029\x85")
_FATES: dict[tuple[str, bool], str] = {}


def _fate(ch: str, multiline: bool) -> str:
    """What `clean` puts in place of one character that is not printable ASCII."""
    key = (ch, multiline)
    found = _FATES.get(key)
    if found is None:
        if ch in _LINE_BREAKS:
            found = "\n" if multiline else " "
        elif ch == "\t":
            found = "    " if multiline else " "
        elif unicodedata.category(ch) in _REMOVED:
            found = ""
        else:
            found = ch
        if len(_FATES) < 65536:
            _FATES[key] = found
    return found


def clean(text: str, *, multiline: bool = True) -> str:
    """Make untrusted text safe to show in a terminal, a CSV or a JSON file: the one
    sanitiser every output goes through.

    Removes escape sequences (7- and 8-bit) with their payload, control characters
    (C0 except newline and tab, DEL, C1, carriage returns), bidi overrides and
    isolates, zero-width and other invisible format characters, surrogates (bytes
    that were not UTF-8), private-use and unassigned code points. Tabs become spaces;
    line and paragraph separators become newlines. With ``multiline=False`` newlines
    become spaces too.
    """
    if not text:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if _SUSPECT.search(text) is None:
        return text  # printable ASCII: nothing to remove
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_SEQ.sub("", text)
    return _SUSPECT.sub(lambda m: _fate(m.group(), multiline), text)


def clean_data(value: Any, *, multiline: bool = True) -> Any:
    """`clean` applied to every string inside `value` (dicts, lists, tuples, keys
    too), for JSON and CSV output: JSON would only escape control characters, and a
    program that reads the file back would get them raw. Other values pass as they are."""
    if isinstance(value, str):
        return clean(value, multiline=multiline)
    if isinstance(value, dict):
        return {clean_data(k, multiline=False): clean_data(v, multiline=multiline) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_data(v, multiline=multiline) for v in value]
    return value


class CleanWriter(io.TextIOBase):
    """A text stream that passes everything written through `clean` before handing it
    to the stream underneath (the command line's stdout, stderr and output files):
    whatever a command prints, no escape, control or bidi character gets through.
    Cleaning works on each write: a sequence split across writes loses its ESC, so
    its rest shows as plain text."""

    def __init__(self, stream: TextIO):
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(clean(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_QUOTES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4\u0060"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'),
}
_PLAIN = {chr(code): plain for code, plain in (*_DASHES.items(), *_QUOTES.items())}
_FANCY = re.compile("[" + re.escape("".join(_PLAIN)) + "]")


_BREVE = "\u0306"


def strip_accents(text: str) -> str:
    """Drop diacritics ("chargé" -> "charge", Russian "ё" -> "е"), but keep the letters
    that are letters of their own alphabet rather than accented ones (Russian "й").
    Word by word, each word's result remembered."""
    if " " not in text:
        return _strip_word(text)
    return " ".join(map(_strip_word, text.split(" ")))  # (no generator: a Python frame per word was most of it)


@lru_cache(maxsize=1 << 15)
def _strip_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = [ch for i, ch in enumerate(decomposed)
            if not unicodedata.combining(ch) or (ch == _BREVE and i and decomposed[i - 1] in "иИ")]
    return unicodedata.normalize("NFC", "".join(kept))


# one English word in its British and American spellings, written one way so that either matches the other
# ("realization" / "realisation", "recognized" / "recognised", "co-ordinate" / "coordinate")
_SPELLINGS = re.compile(r"\b(?:([a-z]{4,})iz(ations?|es?|ed|ing)|co-(?=oper|ordin))\b")


# "c. 1500", "ca. 70 BC": circa, as a historian abbreviates it before a figure
_CIRCA = re.compile(r"\bca?\.\s?(?=\d)")


def _british(match: re.Match[str]) -> str:
    return "co" if match.group(1) is None else f"{match.group(1)}is{match.group(2)}"


@memoised(1 << 14)
def normalise(text: str) -> str:
    """Canonical form for comparison: NFKC, casefold, no accents, plain dashes and
    quotes, single spaces, British spellings of English words ("realisation"). Keeps digits, letters and the
    punctuation that carries meaning for numbers (. , % $ -). Memoised (a pure function of the text): grading one
    answer asks it of the card's wordings a dozen times over (each English variant of a point normalises them)."""
    text = typed_mixed_numbers(clean(text, multiline=False))  # "13 1/2": 13.5, not the figures 13 and 50%
    if text.isascii():
        text = " ".join(text.casefold().replace("`", "'").split())
        text = _SPELLINGS.sub(_british, text) if "iz" in text or "co-" in text else text
    else:
        text = _spelt_one_way(text)
    return _CIRCA.sub("circa ", text) if "c." in text or "ca." in text else text


# degrees Celsius with the Cyrillic "С" drawn like the Latin "C" ("180 °С", "180° С."), written in Latin letters as
# English texts write it: one unit in either script (not "° с добавлением": a word follows)
_CELSIUS = re.compile(r"°с(?![^\W\d_])|°\s+с(?=\s*(?:$|[,.;:!?)]))")


def _spelt_one_way(text: str) -> str:
    """`normalise` of text with characters outside ASCII."""
    text = unicodedata.normalize("NFKC", mixed_numbers(text))  # "33½": 33.5, not NFKC's "331⁄2"
    text = strip_accents(text).casefold()
    if "°" in text:
        text = _CELSIUS.sub("°c", text)
    if _FANCY.search(text):  # translate() is slow on non-ASCII text: only the characters to replace
        text = _FANCY.sub(lambda m: _PLAIN[m.group()], text)
    text = " ".join(text.split())
    return _SPELLINGS.sub(_british, text) if "iz" in text or "co-" in text else text


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of normalised text (letters and digits; apostrophes kept inside)."""
    return _WORD.findall(normalise(text))


# every character `\d` matches: ASCII digits, then the digits of other scripts, none below U+0660 (Arabic-Indic)
_MAYBE_DIGIT = re.compile(r"[0-9\u0660-\U0010ffff]")


def may_hold_digit(text: str) -> bool:
    """Might `text` hold a digit of any script? False only when `re.search(r"\\d", text)` finds none: a quick
    test before a long search that needs a figure (True of some texts without one: a character from U+0660 on)."""
    return _MAYBE_DIGIT.search(text) is not None


_RUN = re.compile(r"\w+")
_LAST_RUNS: tuple[str, tuple[str, ...]] = ("", ())  # the last text split, and its runs (one text, never more)


def word_runs(text: str) -> tuple[str, ...]:
    """The runs of word characters of a text (`\\w+`): what a quick test reads before a long search for
    whole words. The steps that prepare one answer ask it of the same text in turn: it is split once."""
    global _LAST_RUNS
    last = _LAST_RUNS
    if last[0] is text or last[0] == text:
        return last[1]
    runs = tuple(_RUN.findall(text))
    _LAST_RUNS = (text, runs)
    return runs


def counted(n: int, noun: str) -> str:
    """A count with its noun in the right number: '1 card', '3 cards', '0 errors' (English,
    regular plurals: every noun the app counts takes -s)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
