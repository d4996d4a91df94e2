"""A short answer's negation in a clause of its own (issue #11): "unfertilised ones, the queen adds no sperm",
"из неоплодотворённых, матка не добавляет сперму". The answer gives the wording in one clause and a reason with a
negation in another: that negation says nothing of the wording, so the answer is read on the wording's clause, as
a keypoint's is (`matching.find_phrase`'s local negation). Only when every word of the wording is found (a negated
word of it stays negated: "not unfertilised eggs" is the opposite), no clause holding one of them has a negator,
and every negator stands in a clause that says something (a bare "no" of "X? No" or "No, X" is no reason).
A rule of English and Russian clauses, nothing of one text."""

from __future__ import annotations

from ..matching import Prepared, find_phrase

__all__ = ["negated_apart"]


def negated_apart(ref: Prepared, got: Prepared, skip: frozenset[str]) -> bool:
    """Is the answer's negation, which the wording lacks, all in clauses without a word of the wording?"""
    if ref.negated() or not got.negated():
        return False
    match = find_phrase(ref, got, skip=skip, negation=False)
    if match is None:
        return False
    clauses = {got.clauses[j] for j in match.positions}
    if got.lang.negations([w for w, c in zip(got.words, got.clauses, strict=True) if c in clauses]):
        return False
    negators = got.lang.lex.negators
    said = {got.clauses[j] for j in got.content() if got.words[j] not in negators}
    return all(c in said for w, c in zip(got.words, got.clauses, strict=True) if w in negators)
