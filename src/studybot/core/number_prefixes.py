"""Two words that differ by the number their prefix counts ("unilateral" / "bilateral", "unicellular" /
"multicellular", "monoxide" / "dioxide", "biannual" / "triannual"): two words, never a slip of one, however close
their spelling. A rule of English word formation (Latin and Greek numeral prefixes), not words of a text."""

from __future__ import annotations

__all__ = ["counted_apart"]

# numeral prefixes, longest first; each names a count ("semi" a half, "multi" / "poly" many)
_PREFIXES = ("multi", "poly", "mono", "semi", "tetra", "quadri", "quadr", "penta", "hexa", "uni", "tri", "bi", "di")
_REST = 4  # letters after the prefix: "bi-lateral", "di-oxide"; not "di-et", "bi-te"


def _split(word: str) -> tuple[str, str] | None:
    return next(((p, word[len(p):]) for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= _REST), None)


def counted_apart(a: str, b: str) -> bool:
    """Are two English words (or stems) one word under two numeral prefixes ("unilater" / "bilater")?"""
    if a == b:
        return False
    x, y = _split(a), _split(b)
    return x is not None and y is not None and x[0] != y[0] and (x[1] == y[1] or x[1][:_REST] == y[1][:_REST])
