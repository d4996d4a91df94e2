"""A thing named and then denied in its own clause: "Peters did not score", "Hurst scored but Peters didn't",
"Петерс не забивал" do not name Peters among those who scored. A point that is a bare name (three words at most,
each written with a capital, not negated itself) is not made where the answer's words that make it are followed,
in their clause, by a negation, with only "do" or "have" between ("did not", "has never"); "not only" adds, it does
not deny, and a state said of the name ("Peters was not alone") is no denial of it. A negation before the words is
read by the matcher already ("not Peters"). Only a table of negations and of "do" and "have": no word of any text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["denied_after"]

_DENIALS = {"en": frozenset({"not", "never"}), "ru": frozenset({"не", "никогда"})}
_DOING = {"en": frozenset({"do", "does", "did", "has", "have", "had"}), "ru": frozenset()}
_ADDING = frozenset({"only", "just", "merely", "только", "лишь", "просто"})  # "not only": more, not less
_BARE = 3  # content words at most in a bare term


def denied_after(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Is the bare term a point names denied right after the answer's words that make it (see the module)?"""
    code = got.lang.code
    if not positions or code not in _DENIALS or point.negated() or len(point.content()) > _BARE \
            or not all(point.words[i] in point.capitalised for i in point.content()):
        return False
    end = max(positions)
    between = _DOING[code]
    k = end + 1
    while k < len(got.words) and got.clauses[k] == got.clauses[end] and got.words[k] in between:
        k += 1
    return k < len(got.words) and got.clauses[k] == got.clauses[end] and got.words[k] in _DENIALS[code] \
        and (k + 1 >= len(got.words) or got.words[k + 1] not in _ADDING)
