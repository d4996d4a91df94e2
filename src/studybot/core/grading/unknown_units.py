"""A numeric card counted in a word the grader knows no unit by (`unit: groats`, `unit: crowns`, `unit: people`):
a figure given in a currency the grader knows ("3 ducats", "$3") names another thing than the card's, unless the
card itself names that currency. Rules of units only (the currencies of `unit_tables`), no word of a text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..quantities import Quantity
from ..unit_tables import CURRENCY_AFTER, currency_of

__all__ = ["currencies_named", "other_money"]

_PARTS = re.compile(r"[\s/()]+")
_SIGNS = frozenset("$€£₽¥")


def currencies_named(words: Iterable[str]) -> set[str]:
    """The currencies a card's words name ("dollars", "£"), as codes."""
    return {code for w in words if (code := CURRENCY_AFTER.get(w) or currency_of(w)) is not None}


def other_money(spec: Quantity, q: Quantity, named: frozenset[str]) -> bool:
    """Is `q` an amount of money given for a card counted in a unit word that names no currency, in a currency the
    card's own words (`named`: its prompt, answer, accept, explanation) do not name?"""
    if spec.kind != "count" or not spec.unit or q.kind != "money" or not q.unit:
        return False
    unit = spec.unit.strip().casefold()
    if not _SIGNS.isdisjoint(unit) or currencies_named(p for p in _PARTS.split(unit) if p):
        return False  # ("dollars per barrel", "$/bbl": the card counts in a currency)
    return q.unit not in named
