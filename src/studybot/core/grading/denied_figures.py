"""A known mistake's figure that the answer gives only as the one it is not: "senators serve 6 years instead of 2",
"10 years rather than four" and "10 years, not 4" name the mistake's "2" ("four") to set it aside (`preparing` reads
"instead of X" and "rather than X" as "not X"), so a right answer that names it so is not that mistake
(`base._apply_mistakes`). Every place the answer says the figure is right after a negator; a mistake without a
figure, or a figure said plainly anywhere, is matched as ever. No word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["figures_denied"]


def _value(word: str) -> float | None:
    try:
        return float(word)
    except ValueError:
        return None


def figures_denied(pattern: Prepared, got: Prepared) -> bool:
    """Are all of a mistake's figures said in the answer, each only right after a negator ("not 4")?"""
    if not pattern.quantities:
        return False
    negators = got.lang.lex.negators
    for q in pattern.quantities:
        places = [j for j, w in enumerate(got.words) if (v := _value(w)) is not None and q.matches(v)]
        if not places or any(j == 0 or got.words[j - 1] not in negators for j in places):
            return False
    return True
