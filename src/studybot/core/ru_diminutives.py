"""A Russian noun and its diminutive name one thing in an answer: "цветок" / "цветочек", "кусок" / "кусочек" (a
stem in "-ок" / "-ек" whose "к" turns "ч" before "-ек"), "семя" / "семечко" (a stem with "-ечк-" after it).
Only these regular suffixes, on stems of four letters or more; Snowball stems in, no list of words."""

from __future__ import annotations

__all__ = ["diminutive"]

_TAILS = ("ек", "к", "ка", "ки", "ку", "ком", "ке")  # what follows the diminutive's "ч" in its stems and forms


def diminutive(a: str, b: str) -> bool:
    """Is one of two Russian stems the other's diminutive ("цветок" / "цветочек", "сем" / "семечк")?"""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4 or not (short + long).isalpha():
        return False
    if short.endswith(("ок", "ек")) and long.startswith(short[:-1] + "ч"):
        return long[len(short):] in _TAILS
    return long.startswith(short + "еч") and long[len(short) + 2:] in _TAILS
