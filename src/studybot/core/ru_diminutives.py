"""A Russian noun and its diminutive name one thing in an answer: "цветок" / "цветочек", "кусок" / "кусочек" (a
stem in "-ок" / "-ек" whose "к" turns "ч" before "-ек"), "семя" / "семечко" (a stem with "-ечк-" after it), "лампа" /
"лампочка", "звезда" / "звёздочка" (with "-очк-"), "сумка" / "сумочка" (its "-к-" after "-оч-"), "знак" / "значок" (a
stem in "-к" whose "к" turns "ч" before "-ок"). Only these regular suffixes, on stems of four letters or more (not
"рука" / "ручка", a pen); Snowball stems in, no list of words."""

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
    if short.endswith("к") and long.startswith(short[:-1] + "ч"):  # "знак" / "значок", "значк-а"
        return long[len(short):] in ("ок", *_TAILS[1:])
    if short.endswith("к") and long.startswith(short[:-1] + "оч"):  # "сумк" / "сумочк"
        return long[len(short) + 1:] in _TAILS
    if long.startswith(short + "оч"):  # "ламп" / "лампочк"; not "-очек" ("молот" / "молоточек" is of "молоток")
        return long[len(short) + 2:] in _TAILS[1:]
    return long.startswith(short + "еч") and long[len(short) + 2:] in _TAILS
