"""Text normalisation for comparison, and sanitising untrusted text for display.

Pack content and learner input are untrusted: they may carry terminal escape
sequences, C0/C1 control characters or bidirectional overrides that would let a
string rewrite the screen or hide what it says. `clean` removes them; the UI shows
the result literally (never as markup).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean", "normalise", "strip_accents", "words"]

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and
# two-character escapes. Their 8-bit C1 forms are removed as control characters.
_ESCAPE_SEQ = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?  # OSC, terminated by BEL or ST (or unterminated)
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?     # DCS, SOS, PM, APC
    | \x1b[ -/]*[0-~]?                 # other escapes (and a lone ESC)
    """,
    re.VERBOSE,
)

# Bidirectional controls that reorder displayed text (Trojan Source), zero-width
# characters that hide differences, and other format characters.
_BIDI_AND_INVISIBLE = dict.fromkeys(
    [
        *range(0x202A, 0x202F),  # LRE RLE PDF LRO RLO
        *range(0x2066, 0x206A),  # LRI RLI FSI PDI
        0x200E, 0x200F, 0x061C,  # LRM RLM ALM
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF,  # zero-width and BOM
    ]
)


def clean(text: str, *, multiline: bool = True) -> str:
    """Make untrusted text safe to show in a terminal.

    Removes escape sequences, control characters (C0 except newline and tab, DEL,
    C1), bidi overrides and invisible format characters. Tabs become spaces.
    With ``multiline=False`` newlines become spaces too.
    """
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return text  # nothing to remove
    text = _ESCAPE_SEQ.sub("", text)
    text = text.translate(_BIDI_AND_INVISIBLE)
    out = []
    for ch in text:
        if ch == "\n":
            out.append("\n" if multiline else " ")
        elif ch == "\t":
            out.append("    " if multiline else " ")
        elif ch == "\r" or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\t":
            continue
        else:
            out.append(ch)
    return "".join(out)


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_QUOTES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4\u0060"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"), '"'),
}


_BREVE = "\u0306"


def strip_accents(text: str) -> str:
    """Drop diacritics ("chargé" -> "charge", Russian "ё" -> "е"), but keep the letters
    that are letters of their own alphabet rather than accented ones (Russian "й")."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = [ch for i, ch in enumerate(decomposed)
            if not unicodedata.combining(ch) or (ch == _BREVE and i and decomposed[i - 1] in "иИ")]
    return unicodedata.normalize("NFC", "".join(kept))


def normalise(text: str) -> str:
    """Canonical form for comparison: NFKC, casefold, no accents, plain dashes and
    quotes, single spaces. Keeps digits, letters and the punctuation that carries
    meaning for numbers (. , % $ -)."""
    text = clean(text, multiline=False)
    if text.isascii():
        return " ".join(text.casefold().replace("`", "'").split())
    text = unicodedata.normalize("NFKC", text)
    text = strip_accents(text).casefold()
    text = text.translate(_DASHES).translate(_QUOTES)
    return " ".join(text.split())


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of normalised text (letters and digits; apostrophes kept inside)."""
    return _WORD.findall(normalise(text))
