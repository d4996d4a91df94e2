"""A rank or region word after a right answer said in full qualifies something else, not the answer: English
puts a qualifier before what it qualifies ("North Korea", "Under Secretary"), so a word of the list that comes
after every word of the answer's match and is a preposition ("Secretary of State under Truman") or the noun of
a region ("Messina, in the north-east of Sicily": "the north(-east) of") adds nothing to the answer.
Rules of English word order, not words of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["after_the_answer"]


def after_the_answer(got: Prepared, i: int, matched: tuple[int, ...], compass: frozenset[str]) -> bool:
    """Is the modifier at `i` placed after the whole of the answer's match (`matched`: its positions), as a
    preposition before a name, or as a region's noun ("the north of", "the north east of")?"""
    if got.lang.code != "en" or not matched or i <= max(matched):
        return False
    words, lex = got.words, got.lang.lex
    if words[i] in lex.stop:  # "under Truman": a preposition, and a name follows (its words, as aliases give them)
        content, k = set(got.content()), i + 1
        while k < len(words) and k in content and words[k] not in got.capitalised:
            k += 1
        return k < len(words) and k in content and words[k] in got.capitalised
    start = i
    while start > 0 and words[start - 1] in compass:
        start -= 1
    if words[i] not in compass or start == 0 or words[start - 1] != "the":
        return False
    k = i + 1
    while k < len(words) and words[k] in compass:
        k += 1
    return k < len(words) and words[k] == "of"
