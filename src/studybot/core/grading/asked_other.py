"""The other of a pair the question asks about (issue #11): asked "Why are female beetles harder to poison?", the
answer "male beetles have a thick outer coat" says it of the other beetles, though its words make the point "a thick
outer coat keeps many poisons out". A word before a noun of the question that is the language's opposite of the
question's word before that noun ("male" / "female", "мужской" / "женский", "positive" / "negative") names the other
thing, where the answer never says the question's own word. Only the lexicon's opposites, no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["asked_other"]

# the words that open what a question compares its thing with ("than Gram-positive ferns", "чем у мужских особей",
# "unlike", "compared with", "в отличие от", "по сравнению с"): a qualifier after one names the other thing
_STANDARDS = {"en": frozenset(("than", "unlike", "compared", "versus", "vs")),
              "ru": frozenset(("чем", "отличие", "сравнению"))}
_REACH = 3  # words before a qualifier a comparison's word may stand ("than the Gram-positive ferns")


def _asked(prompt: Prepared) -> dict[tuple[int, str], str]:
    """Each noun of the question qualified by a word that has an opposite, with that word, keyed (1, noun); and where
    the question says both words of such a pair, one after a word of comparison ("why are Gram-negative ferns harder
    to kill than Gram-positive ferns?"), the other one, the one asked about, keyed by each word beside it that the
    two share, before (-1, "gram") or after (1, "ferns"). None where the words do not tell the two apart."""
    lang, words, stems = prompt.lang, prompt.words, prompt.stems
    standards = _STANDARDS.get(lang.code, frozenset())
    found: dict[tuple[int, str], dict[str, bool]] = {}  # (side, neighbour) -> qualifier -> after a comparison word
    for i in range(len(words)):
        if stems[i] in lang.opposites:
            compared = not standards.isdisjoint(words[max(0, i - _REACH):i])
            for side in (-1, 1):
                if 0 <= i + side < len(words) and (side == 1 or compared or any(
                        lang.opposite(stems[i], stems[k]) for k in range(len(words)) if k != i)):
                    seen = found.setdefault((side, stems[i + side]), {})
                    seen[stems[i]] = seen.get(stems[i], True) and compared
    asked: dict[tuple[int, str], str] = {}
    for key, qualifiers in found.items():
        own = [q for q, compared in qualifiers.items() if not compared]
        if key[0] == 1 and (len(qualifiers) == 1 or len(own) == 1):
            asked[key] = own[0] if own else next(iter(qualifiers))
        elif key[0] == -1 and len(qualifiers) == 2 and len(own) == 1:  # (a pair beside one word: both said)
            asked[key] = own[0]
    return asked


def asked_other(prompt: Prepared, point: Prepared, got: Prepared, where: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses where it makes a point (`where`), qualify a noun of the question by the
    opposite of the question's word before it ("male beetles" asked of "female beetles"), a word the point does not
    say itself ("the old bridge was too narrow", asked "why was the new bridge built?")?"""
    lang = got.lang
    if not where or not lang.opposites:
        return False
    asked = _asked(prompt)  # (side, the word beside it) -> the word that has an opposite
    if not asked:
        return False
    said, clauses, own, n = set(got.stems), {got.clauses[j] for j in where}, set(point.stems), len(got.words)
    return any(got.clauses[j] in clauses and 0 <= j + side < n and (mine := asked.get((side, got.stems[j + side])))
               is not None and mine not in said and got.stems[j] not in own and lang.opposite(got.stems[j], mine)
               for j in range(n) for side in (-1, 1))
