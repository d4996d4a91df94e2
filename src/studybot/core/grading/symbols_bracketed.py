"""A thing named with its symbol, formula or acronym in brackets: "nitrous oxide (N2O)", "ammonia (NH3)",
"table salt (NaCl)", "iron (Fe)", "закись азота (N2O)". The brackets give the thing's other name, so either
name alone answers: "N2O" or "nitrous oxide". A rule of writing in every language. Only a symbol: one token of two
characters or more, a capital first, with a digit or another capital in it or of two letters ("Fe"); a letter alone
is a label of its word ("the Spare (S)", `labels`), words in brackets may describe ("flour paste (a glue)") and a figure
in brackets is a fact the answer gives ("the new oven (1911)"): neither is split off. Nor a name of a person
(`described`: "Ivo Brandt (Ivo the Tall)")."""

from __future__ import annotations

import re

__all__ = ["symbol_bracketed"]

# (the thing's letter is looked for apart: within the pattern it made a long wording without brackets quadratic)
_WITH_SYMBOL = re.compile(r"(?P<thing>[^()]+?)\s*\((?P<symbol>[^()\s]+)\)\s*")
_LETTER = re.compile(r"[^\W\d_]")
_ARTICLES = frozenset(("a", "an", "the"))
_SYMBOL = re.compile(r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё0-9₀-₉⁺⁻+-]+")


def _a_symbol(text: str) -> bool:
    """Is `text` a symbol, formula or acronym ("N2O", "NH3", "NaCl", "Fe"), not a word ("Brandt")?"""
    if not _SYMBOL.fullmatch(text):
        return False
    return len(text) == 2 or any(c.isdigit() or c in "₀₁₂₃₄₅₆₇₈₉" for c in text) or any(c.isupper() for c in text[1:])


def symbol_bracketed(wordings: tuple[str, ...]) -> list[str]:
    """The two names of each wording that gives a thing with its symbol in brackets ("nitrous oxide (N2O)": "nitrous
    oxide", "N2O"); nothing for other wordings."""
    out: list[str] = []
    for wording in wordings:
        m = _WITH_SYMBOL.fullmatch(wording.strip()) if wording.rstrip().endswith(")") else None
        if m and _LETTER.search(m["thing"]) and _a_symbol(m["symbol"]) and not _a_name(m["thing"]):
            out += [m["thing"].strip(), m["symbol"]] if _initials_fit(m["thing"], m["symbol"]) else [m["thing"].strip()]
    return out


def _initials_fit(thing: str, symbol: str) -> bool:
    """Does an acronym of capitals alone begin as the thing does ("ultraviolet (UV)", "Центральный комитет (ЦК)"), so
    that it names the thing rather than a body the thing belongs to ("first secretary (CC)", "первый секретарь
    (ЦК)")? A formula or a symbol with small letters ("H2O", "Fe") is always the thing's."""
    if not symbol.isalpha() or not symbol.isupper():
        return True
    words = [w for w in re.findall(r"[^\W\d_]+", thing) if w.casefold() not in _ARTICLES]
    return bool(words) and words[0][0].casefold() == symbol[0].casefold()


def _a_name(text: str) -> bool:
    """Is every word of `text` capitalised (a person's or a body's name, which `described` and the bodies' rules
    read)?"""
    words = re.findall(r"[^\W\d_]+", text)
    return all(w[0].isupper() for w in words)
