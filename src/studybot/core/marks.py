"""What a text as it was written marks before it is lower-cased (see `matching.Prepared`): words
written as symbols ("NADPH", "CO2"), words written with a capital ("Dustin Hoffman"), initials
("J. Wilson") and words joined by hyphens or slashes into one term ("SYN-ACK"). In any script.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .text import normalise
from .translit import latin_to_cyrillic

__all__ = ["Marks", "read_marks"]

_RAW_TOKEN = re.compile(r"[^\W_]+\+?")
_DIGIT = re.compile(r"\d")
_INITIAL = re.compile(r"\b([A-Za-z])\.(?=\s*[A-Z])")


class Marks(NamedTuple):
    """The marks of a text, normalised."""

    exact: frozenset[str]  # written as symbols: in capitals ("NADPH", "СССР") or letters with digits ("CO2")
    capitalised: frozenset[str]  # written with a capital first letter ("Dustin Hoffman")
    initials: frozenset[str]  # letters written as initials ("J. Wilson")
    compounds: tuple[frozenset[str], ...]  # words joined into one term ("SYN-ACK", "input/output")


def read_marks(raw: str, cyrillic: bool = False) -> Marks:
    """The marks of `raw`, a text as it was written; with `cyrillic` (a Russian text, whose Latin words are read in
    Cyrillic, `translit`), a symbol in Latin capitals is marked in both scripts ("UPOL" as "упол" too)."""
    exact, capitalised = _raw_marks(raw)
    if cyrillic and any(w.isascii() for w in exact):
        exact |= {latin_to_cyrillic(w) for w in exact}
    initials = frozenset(m.lower() for m in _INITIAL.findall(raw)) if "." in raw else frozenset()
    return Marks(exact, capitalised, initials, _compounds(raw) if "-" in raw or "/" in raw else ())


@lru_cache(maxsize=8192)
def _raw_marks(raw: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words written as symbols: in capitals ("NADPH", "СССР") or letters with digits ("CO2"); and
    words written with a capital first letter ("Dustin Hoffman"). Normalised, in one pass."""
    if raw.islower() and not _DIGIT.search(raw):
        return frozenset(), frozenset()
    exact, capitalised = [], []
    for tok in _RAW_TOKEN.findall(raw):
        letters = tok.rstrip("+")
        if len(letters) >= 2 and (letters.isupper() or (not letters.isalpha() and not letters.isdigit()
                                                       and any(c.isdigit() for c in letters)
                                                       and any(c.isalpha() for c in letters))):
            exact.append(tok)
        if tok[:1].isupper():
            capitalised.append(tok)
    fold = (lambda words: frozenset(w.casefold() for w in words)) if raw.isascii() and "`" not in raw \
        else (lambda words: frozenset(normalise(" ".join(words)).split()))  # ASCII letters: normalise is casefold
    return fold(exact) if exact else frozenset(), fold(capitalised) if capitalised else frozenset()


_COMPOUND = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)+")


@lru_cache(maxsize=8192)
def _compounds(raw: str) -> tuple[frozenset[str], ...]:
    """Words joined by hyphens or slashes into one term ("SYN-ACK", "input/output"), normalised."""
    return tuple(frozenset(normalise(m.group(0)).replace("/", "-").split("-")) for m in _COMPOUND.finditer(raw))
