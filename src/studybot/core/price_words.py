"""A price said by the word of its level or its change: "oil got cheaper" says the oil's price, as "the fall in oil
prices" does; "нефть подешевела", "хлеб подорожал", "нефть стала дешевле" say "цены на нефть", "цены на хлеб". A
point's noun of price ("price", "cost", "цена", "стоимость") is found at such a word of the answer; its direction is
still checked as every direction is ("нефть подорожала" makes no "падение цен на нефть"). Comparatives reach here
rewritten by `comparisons` ("cheaper": "less expensive", "дешевле": "менее дорогой"). General words of each
language, nothing of one text."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["price_said"]

_NOUNS = {"en": frozenset(("price", "cost")), "ru": frozenset(("цен", "стоимост"))}  # stems of the price's nouns
_SAID_BY = {"en": ("expens", "cheap", "dear", "pricey"),  # stems that open a word of a price's level or change
            "ru": ("дорог", "дешев", "подорож", "подешев", "удорож", "удешев", "дорожа", "дешевел")}


def price_said(want_stem: str, stems: list[str], places: Iterable[int], code: str) -> int:
    """Where the answer says a price by its level or change, when `want_stem` is a noun of price; -1 otherwise."""
    if want_stem not in _NOUNS.get(code, ()):
        return -1
    return next((j for j in places if stems[j].startswith(_SAID_BY[code])), -1)
