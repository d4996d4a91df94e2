"""An element named by its chemical symbol ("Cl" for chlorine, "P and As" for phosphorus and arsenic, "Cu" for
медь): the symbol is the element's name in the notation of every text, in English and Russian packs. Read with the
name only where the answer writes the symbol as symbols are written (a capital, then a small letter: "As", never
"as" or "AS") and the card itself names that element in one of its wordings, options or known mistakes (in Russian
in any case: "Cu" is "медью" on a card that writes "медью"). A single capital letter is read only beside other
symbols ("N, P and K"): alone it is as often an option's label ("B"), an initial or a variable; on a choice card it
is always the label. The formula of an element's gas of two atoms ("H2", "O2", "Cl2"; "Н2" typed with the Cyrillic
"Н") names the element as its bare symbol does, alone too; any other formula ("H2O", "O3", "CO2") stays a formula.
Tried only on an answer found wrong."""

from __future__ import annotations

import re

from ..elements import DIATOMIC, ELEMENT_NAMES, ELEMENT_NAMES_RU

__all__ = ["named_elements"]

# alone: "H2O", "CO2", "Na+", "C-14" are no element; "H2" is one where the element's gas is of two atoms
_SYMBOL = re.compile(r"(?<![\w+-])([A-Z][a-z]?)(2?)(?![\w+-])")
# a symbol and its figure typed with Cyrillic capitals drawn like Latin ones ("Н2", "О2"): the Latin symbol
_CYRILLIC_FORMULA = re.compile(r"(?<![\w+-])([АВЕКМНОРСТХ])([a-z]?\d)(?![\w+-])")
_ALIKE = str.maketrans("АВЕКМНОРСТХ", "ABEKMHOPCTX")
_NAMES = {"en": ELEMENT_NAMES, "ru": ELEMENT_NAMES_RU}


def _russian_forms(name: str) -> str:
    """A pattern of a Russian element's name in its cases ("медь", "меди", "медью"; "свинец", "свинца")."""
    if name.endswith("ец"):  # a vowel that drops: "свинец" / "свинца"
        return rf"{name}|{name[:-2]}ц(?:а|у|ом|е)"
    if name.endswith("ий"):
        return rf"{name[:-2]}(?:ий|ия|ию|ием|ии)"
    if name.endswith("ь"):
        return rf"{name[:-1]}(?:ь|и|ью)"
    if name.endswith(("о", "а")):
        return rf"{name[:-1]}(?:о|а|ы|у|ом|ой|е)"
    return rf"{name}(?:а|у|ом|е)?"


def _written(name: str, said: str, code: str) -> str | None:
    """The element's name as the card's texts write it (in Russian, in the case they write it), or None."""
    found = re.search(rf"\b(?:{_russian_forms(name) if code == 'ru' else name})\b", said)
    return None if found is None else (found.group(0) if code == "ru" else name)


def named_elements(answer: str, card_texts: tuple[str, ...], code: str, *, letters: bool = True) -> str | None:
    """The answer with each element symbol written as the element's name that the card's texts use, or None when
    it writes none (or is in another language than English and Russian). `letters`: one-letter symbols too ("P"),
    beside others; off on a choice card."""
    names = _NAMES.get(code)
    if names is None:
        return None
    if code == "ru" and _CYRILLIC_FORMULA.search(answer):
        answer = _CYRILLIC_FORMULA.sub(lambda m: m.group(1).translate(_ALIKE) + m.group(2), answer)
    if not (found := _SYMBOL.findall(answer)):
        return None
    letters = letters and len(found) > 1  # a lone capital is a label, an initial or a variable as often
    said = " ".join(card_texts).casefold()
    changed = False

    def name(m: re.Match[str]) -> str:
        nonlocal changed
        symbol, two = m.group(1), m.group(2)
        if two and symbol not in DIATOMIC or len(symbol) == 1 and not two and not letters:
            return m.group(0)
        written = next((w for n in names.get(symbol, ()) if (w := _written(n, said, code)) is not None), None)
        if written is None:
            return m.group(0)
        changed = True
        return written

    read = _SYMBOL.sub(name, answer)
    return read if changed else None
