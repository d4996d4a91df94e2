"""An element named by its chemical symbol ("Cl" for chlorine, "P and As" for phosphorus and arsenic): the symbol
is the element's name in the notation of every text. Read with the name only where the answer writes the symbol as
symbols are written (a capital, then a small letter: "As", never "as" or "AS") and the card itself names that
element in one of its wordings, options or known mistakes. A single capital letter is read only beside other
symbols ("N, P and K"): alone it is as often an option's label ("B"), an initial or a variable; on a choice card it
is always the label. Tried only on an answer found wrong."""

from __future__ import annotations

import re

from ..elements import ELEMENT_NAMES

__all__ = ["named_elements"]

_SYMBOL = re.compile(r"(?<![\w+-])([A-Z][a-z]?)(?![\w+-])")  # alone: "H2O", "CO2", "Na+", "C-14" are no element


def named_elements(answer: str, card_texts: tuple[str, ...], code: str, *, letters: bool = True) -> str | None:
    """The answer with each element symbol written as the element's name that the card's texts use, or None when
    it writes none (or is not English). `letters`: one-letter symbols too ("P"), beside others; off on a choice card."""
    if code != "en" or not (found := _SYMBOL.findall(answer)):
        return None
    letters = letters and len(found) > 1  # a lone capital is a label, an initial or a variable as often
    said = " ".join(card_texts).casefold()
    changed = False

    def name(m: re.Match[str]) -> str:
        nonlocal changed
        symbol = m.group(1)
        if len(symbol) == 1 and not letters:
            return symbol
        found = next((n for n in ELEMENT_NAMES.get(symbol, ()) if re.search(rf"\b{n}\b", said)), None)
        if found is None:
            return symbol
        changed = True
        return found

    read = _SYMBOL.sub(name, answer)
    return read if changed else None
