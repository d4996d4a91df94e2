"""A list that asks what is absent ("What did he expect but not find?", "Что он ожидал, но не нашёл?") takes its items
negated or not ("no crater, no fragments", "кратер, осколки"), but an answer that says the question's negated verb
both ways round ("he found a crater but not the fragments", "нашёл кратер, но не нашёл осколков") tells the items it
affirms from those it denies: an item said after that verb affirmed (the nearest before it) is present, not absent. Only
the language's negators and the question's own verb are read: no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["affirmed_where_asked_absent"]


def _negated(text: Prepared, j: int) -> bool:
    """Is the word at j negated by a negator right before it ("не нашёл", "did not find": past an auxiliary)?"""
    negators, k = text.lang.lex.negators, j - 1
    while k >= 0 and text.clauses[k] == text.clauses[j] and text.words[k] not in negators \
            and k not in text.content() and j - k <= 2:
        k -= 1
    return k >= 0 and text.clauses[k] == text.clauses[j] and text.words[k] in negators


def affirmed_where_asked_absent(prompt: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer make an item, asked as absent, after the question's negated verb said affirmed (the nearest
    before it, or in its clause), while it says that verb negated elsewhere?"""
    lemma = got.lang.lemma_stem
    asked = {lemma(prompt.words[i]) for i in prompt.content() if _negated(prompt, i)}
    said = [j for j in got.content() if lemma(got.words[j]) in asked]
    if not positions or not said or not any(_negated(got, j) for j in said):
        return False
    first = min(positions)
    before = [j for j in said if j < first]
    governing = before[-1] if before else next((j for j in said if got.clauses[j] == got.clauses[first]), -1)
    return governing >= 0 and not _negated(got, governing)
