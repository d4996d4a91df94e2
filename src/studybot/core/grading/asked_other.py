"""The other of a pair the question asks about (issue #11): asked "Why are female beetles harder to poison?", the
answer "male beetles have a thick outer coat" says it of the other beetles, though its words make the point "a thick
outer coat keeps many poisons out". A word before a noun of the question that is the language's opposite of the
question's word before that noun ("male" / "female", "мужской" / "женский", "positive" / "negative") names the other
thing, where the answer never says the question's own word. Only the lexicon's opposites, no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["asked_other"]


def asked_other(prompt: Prepared, point: Prepared, got: Prepared, where: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses where it makes a point (`where`), qualify a noun of the question by the
    opposite of the question's word before it ("male beetles" asked of "female beetles"), a word the point does not
    say itself ("the old bridge was too narrow", asked "why was the new bridge built?")?"""
    lang = got.lang
    if not where or not lang.opposites:
        return False
    asked = {prompt.stems[i + 1]: prompt.stems[i] for i in range(len(prompt.words) - 1)
             if prompt.stems[i] in lang.opposites}  # the noun -> the word before it that has an opposite
    if not asked:
        return False
    said, clauses, own = set(got.stems), {got.clauses[j] for j in where}, set(point.stems)
    return any(got.clauses[j] in clauses and (mine := asked.get(got.stems[j + 1])) is not None and mine not in said
               and got.stems[j] not in own and lang.opposite(got.stems[j], mine) for j in range(len(got.words) - 1))
