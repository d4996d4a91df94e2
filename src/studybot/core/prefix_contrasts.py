"""Learned prefixes that name opposite things: "hypotension" is no slip of "hypertension", nor "intramembrane" of
"intermembrane", "macroorganisms" of "microorganisms", "гипотония" of "гипертония", "макроэволюция" of
"микроэволюция", "regressive" of "progressive", "регрессивная" of "прогрессивная". One or two letters apart, such
words passed as typos; the prefix says which of the pair is meant, as a direction word or an ending that names
another compound ("chloride" / "chlorite") does. So do English numeral prefixes ("unilateral" / "bilateral",
"monoxide" / "dioxide"): two words, never a slip of one. So are the opposite points of the compass before a suffix
("northwards" / "southwards", "eastward" / "westward"). And a Russian word denied by "не" joined is no slip of the
same word under another prefix of two letters ("непротивление" / "сопротивление"): the two letters that differ are
the denial, not a slip of the hand (one of them kept, "нипротивление", is). General data of each language, nothing of
one text."""

from __future__ import annotations

from .ru_families import other_prefix

__all__ = ["counted_apart", "prefixed_apart", "prefixes_contrast"]

_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("hypo", "hyper"), ("micro", "macro"), ("intra", "inter"), ("endo", "exo"), ("infra", "ultra"),
           ("homo", "hetero"), ("progress", "regress"),
           ("north", "south"), ("east", "west")),  # opposite points: "northwards" is no slip of "southwards"
    "ru": (("гипо", "гипер"), ("микро", "макро"), ("интра", "интер"), ("эндо", "экзо"), ("инфра", "ультра"),
           ("гомо", "гетеро"), ("прогресс", "регресс")),
}
_REST = 3  # letters after the prefix at least: "hyper" alone, "macron" are no words of the pair
# the first letters of the two words of a pair, either way round: two words that begin with no such two letters open
# with no pair's prefixes (a quick test: most pairs of words compared begin otherwise)
_FIRSTS = {code: frozenset(f for p, q in pairs for f in ((p[0], q[0]), (q[0], p[0]))) for code, pairs in _PAIRS.items()}


_DENIED_REST = 5  # letters after "не" at least: "неделя" is no "не" and "деля"


def _denied_apart(a: str, b: str) -> bool:
    """Is one Russian word (or stem) the other's rest under "не" where the other has two other letters?"""
    return any(x[:2] == "не" and y[0] != "н" and y[1:2] != "е" and len(x) - 2 >= _DENIED_REST and x[2:] == y[2:]
               for x, y in ((a, b), (b, a)))


def prefixes_contrast(a: str, b: str, code: str) -> bool:
    """Do two words (or stems) open with the two prefixes of an opposed pair ("hypo-" / "hyper-"), or (in Russian)
    with "не" and two other letters before one rest ("непротивление" / "сопротивление")?"""
    if code == "ru" and len(a) == len(b) and _denied_apart(a, b):
        return True
    if (a[:1], b[:1]) not in _FIRSTS.get(code, ()):
        return False
    for p, q in _PAIRS[code]:
        for x, y in ((a, b), (b, a)):
            if x.startswith(p) and y.startswith(q) and len(x) - len(p) >= _REST and len(y) - len(q) >= _REST:
                return True
    return False


# numeral prefixes, longest first; each names a count ("semi" a half, "multi" / "poly" many)
_PREFIXES = ("multi", "poly", "mono", "semi", "tetra", "quadri", "quadr", "penta", "hexa", "uni", "tri", "bi", "di")
_COUNT_REST = 4  # letters after a numeral prefix: "bi-lateral", "di-oxide"; not "di-et", "bi-te"


def _split(word: str) -> tuple[str, str] | None:
    return next(((p, word[len(p):]) for p in _PREFIXES
                 if word.startswith(p) and len(word) - len(p) >= _COUNT_REST), None)


def counted_apart(a: str, b: str) -> bool:
    """Are two English words (or stems) one word under two numeral prefixes ("unilater" / "bilater")?"""
    if a == b:
        return False
    x, y = _split(a), _split(b)
    return x is not None and y is not None and x[0] != y[0] \
        and (x[1] == y[1] or x[1][:_COUNT_REST] == y[1][:_COUNT_REST])


def prefixed_apart(a: str, b: str, code: str) -> bool:
    """Are two words one slip apart only by their prefixes of opposed meaning ("hypoglycaemia" / "hyperglycaemia"),
    of count ("unilateral" / "bilateral") or a Russian verb's two prefixes ("втекает" / "вытекает"): two words, never
    a slip of one name?"""
    return prefixes_contrast(a, b, code) or (code == "en" and counted_apart(a, b)) or other_prefix(a, b)
