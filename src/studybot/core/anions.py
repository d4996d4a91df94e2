"""Chemistry's names of compounds: one element's root with two endings names two substances, in every text on any
subject, so the endings are never a slip of each other: an oxyanion with less oxygen in "-ite" and more in "-ate"
("nitrite" / "nitrate", "нитрит" / "нитрат"), a cation of the lower charge in "-ous" and the higher in "-ic"
("ferrous" / "ferric", "cuprous" / "cupric"), a ketone in "-one" and its alcohol in "-ol" ("ubiquinone" /
"ubiquinol", "propanone" / "propanol", "cortisone" / "cortisol"). Elsewhere "-ite" / "-ate" are too often a slip to
tell apart ("privite" for "private"): only the root of an element that names compounds so is read so ("nitr" of
nitrogen, "sulf" of sulfur, "ferr" of ferrum), and "-one" / "-ol" only after a root of organic chemistry ("quin", an
alkane's "propan"): "tone" / "tool" are no pair."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["anions_apart"]

# the roots that name two compounds by these endings, as written before them: an oxyanion with less oxygen in "-ite"
# ("nitrite", "нитрит"; not "carbonite", "silicite": there is only the "-ate"), a cation in "-ous" ("ferrous", of
# "ferrum"; "sulfurous" acid)
_ITE = "nitr sulf sulph chlor brom iod phosph arsen selen tellur chrom mangan"
_EN_ITE = frozenset(_ITE.split())
_EN_OUS = frozenset(f"{_ITE} ferr cupr stann plumb aur mercur cobalt nickel titan vanad antimon sulfur sulphur "
                    "phosphor".split())
# the roots that name a ketone in "-one" and an alcohol in "-ol", by how they end: a quinone's ("ubiquin",
# "plastoquin"), an alkane's or alkene's ("propan", "cyclohexan", "buten"), the steroids' and terpenes' ("cortis",
# "menth")
_EN_OL = ("quin", "cortis", "menth",
          *(a + e for a in "meth eth prop but pent hex hept oct non dec".split() for e in ("an", "en")))
_RU_OL = ("хин", "кортиз", "мент",
          *(a + e for a in "мет эт проп бут пент гекс гепт окт нон дек".split() for e in ("ан", "ен")))
_RU_ITE = frozenset("нитр сульф хлор бром иод йод фосф арсен селен теллур хром манган".split())
_PREFIXES = ("hypo", "per", "thio", "bi", "гипо", "пер", "тио", "би")  # "hypochlorite", "перманганат"
_PAIRS: dict[str, tuple[tuple[str, str, frozenset[str] | tuple[str, ...]], ...]] = {
    "en": (("ate", "ite", _EN_ITE), ("at", "it", _EN_ITE), ("ic", "ous", _EN_OUS), ("one", "ol", _EN_OL),
           ("on", "ol", _EN_OL)),
    "ru": (("ат", "ит", _RU_ITE), ("он", "ол", _RU_OL))}
_MIN_ROOT = 3  # ("iod" of "iodate")


def _root(word: str, ending: str, tails: Iterable[str]) -> str | None:
    """`word`'s root before `ending` and one of `tails` ("nitrates": "nitr"), or None."""
    for tail in tails:
        if word.endswith(ending + tail) and len(word) - len(ending + tail) >= _MIN_ROOT:
            return word[:len(word) - len(ending + tail)]
    return None


def _chemical(root: str, roots: frozenset[str] | tuple[str, ...]) -> bool:
    """Is `root` one of `roots`, maybe after "hypo-", "per-", "thio-", "bi-" ("hypochlor", "permangan")? Roots given by
    how they end (a tuple: "-one" / "-ol") are met at the end of `root` ("ubiquin", "cyclohexan")."""
    if isinstance(roots, tuple):
        return root.endswith(roots)
    return root in roots or any(root.startswith(prefix) and root[len(prefix):] in roots for prefix in _PREFIXES)


def anions_apart(a: str, b: str, code: str, tails: Iterable[str] = ("",)) -> bool:
    """Are `a` and `b` (words or stems, maybe inflected by one of `tails`) one element's root with endings naming two
    compounds ("nitrite" / "nitrate", "ferrous" / "ferric", "сульфита" / "сульфата")?"""
    tails = tuple(tails)
    for one, other, roots in _PAIRS.get(code, ()):
        for x, y in ((a, b), (b, a)):
            root = _root(x, one, tails)
            if root is not None and _root(y, other, tails) == root and _chemical(root, roots):
                return True
    return False
