"""An isotope in the chemists' notation ("N15", "N-15", "15N", "¹⁵N", "U235"): the element's name and its mass
number, as a card writes it in words ("nitrogen-15", "uranium 235", "углерод-14"). Read only where the card's own
texts name an isotope of that element in words, so a designation such as "B-29" or "R-7" stays as typed on any other
card; the answer's mass number is kept, so "N14" is nitrogen-14 and stays wrong for nitrogen-15. Tried only on an
answer found wrong."""

from __future__ import annotations

import re
import unicodedata

from ..elements import ELEMENT_NAMES, ELEMENT_NAMES_RU

__all__ = ["isotopes_named"]

# the symbol before or after its mass number, with or without a hyphen (after NFKC "¹⁵N" is "15N")
_NOTATION = re.compile(r"(?<![\w+-])(?:([A-Z][a-z]?)-?(\d{1,3})|(\d{1,3})([A-Z][a-z]?))(?![\w+-])")
_NAMES = {"en": ELEMENT_NAMES, "ru": ELEMENT_NAMES_RU}


def isotopes_named(answer: str, card_texts: tuple[str, ...], code: str) -> str | None:
    """The answer with each isotope in symbols written as the card's texts write that element's isotopes in words
    ("nitrogen-15"), or None when it has none the card names."""
    names = _NAMES.get(code)
    if names is None or not any(ch.isdigit() for ch in answer):
        return None
    if not answer.isascii():
        answer = unicodedata.normalize("NFKC", answer)  # "¹⁴C": "14C"
    said = " ".join(card_texts).casefold()
    changed = False

    def name(m: re.Match[str]) -> str:
        nonlocal changed
        symbol, mass = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        for element in names.get(symbol, ()):
            found = re.search(rf"\b{element}(-| )\d{{1,3}}\b", said)
            if found is not None:
                changed = True
                return f"{element}{found.group(1)}{mass}"
        return m.group(0)

    read = _NOTATION.sub(name, answer)
    return read if changed else None
