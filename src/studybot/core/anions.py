"""Chemistry's names of compounds: one element's root with two endings names two substances, in every text on any
subject, so the endings are never a slip of each other: an oxyanion with less oxygen in "-ite" and more in "-ate"
("nitrite" / "nitrate", "нитрит" / "нитрат"), a cation of the lower charge in "-ous" and the higher in "-ic"
("ferrous" / "ferric", "cuprous" / "cupric"). Elsewhere "-ite" / "-ate" are too often a slip to tell apart
("privite" for "private"): only a root of an element's name is read so ("nitr" of nitrogen, "sulf" of sulfur,
"ferr" of ferrum)."""

from __future__ import annotations

from collections.abc import Iterable

from .elements import ELEMENT_NAMES

__all__ = ["anions_apart"]

# the Latin roots of elements whose English names are others ("ferrous", "cupric", "stannous", "plumbic", "auric")
_LATIN = ("ferr", "cupr", "stann", "plumb", "aur", "argent", "stib", "kal", "natr", "hydrarg")
_EN_ROOTS = tuple(sorted({name for names in ELEMENT_NAMES.values() for name in names} | set(_LATIN)))
_RU_ROOTS = ("нитр", "сульф", "хлор", "фосф", "бром", "иод", "йод", "фтор", "арсен", "селен", "теллур", "хром",
             "манган", "бор", "карбон", "силик", "ферр", "купр", "станн", "плюмб", "ванад", "молибд", "вольфрам",
             "алюмин", "циан", "титан", "плюмб", "аур", "стиб", "висмут")
_PREFIXES = ("hypo", "per", "thio", "bi", "гипо", "пер", "тио", "би")  # "hypochlorite", "перманганат"
_PAIRS = {"en": (("ate", "ite"), ("at", "it"), ("ic", "ous")), "ru": (("ат", "ит"),)}
_MIN_ROOT = 3


def _root(word: str, ending: str, tails: Iterable[str]) -> str | None:
    """`word`'s root before `ending` and one of `tails` ("nitrates": "nitr"), or None."""
    for tail in tails:
        if word.endswith(ending + tail) and len(word) - len(ending + tail) >= _MIN_ROOT:
            return word[:len(word) - len(ending + tail)]
    return None


def _chemical(root: str, code: str) -> bool:
    for prefix in _PREFIXES:
        if root.startswith(prefix) and len(root) - len(prefix) >= _MIN_ROOT:
            root = root[len(prefix):]
            break
    roots = _RU_ROOTS if code == "ru" else _EN_ROOTS
    return any(name.startswith(root) or root.startswith(name) for name in roots)


def anions_apart(a: str, b: str, code: str, tails: Iterable[str] = ("",)) -> bool:
    """Are `a` and `b` (words or stems, maybe inflected by one of `tails`) one element's root with endings naming two
    compounds ("nitrite" / "nitrate", "ferrous" / "ferric", "сульфита" / "сульфата")?"""
    tails = tuple(tails)
    for one, other in _PAIRS.get(code, ()):
        for x, y in ((a, b), (b, a)):
            root = _root(x, one, tails)
            if root is not None and _root(y, other, tails) == root and _chemical(root, code):
                return True
    return False
