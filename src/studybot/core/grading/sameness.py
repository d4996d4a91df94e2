"""English: a keypoint that two things are the same in some respect ("the two seas are at almost the same level") said
by the answer as no difference between them ("there's no real difference in sea level between the two seas", "little
difference in level"): the point is tried once more with the answer's "no (little) difference in" for its "the same"
(a word of degree before it, "almost", "nearly", goes with it). The answer's "no" is the point's then, so "a big
difference in level" stays unmade. Only where the answer says "no ... difference"; general words, none of a text.

And in English and Russian: a point that two things are the same or equal is contradicted by an answer that compares
the same two things ("the pressure inside was much lower than outside", "differed" for "the pressure inside and
outside was the same"), and a point that compares or tells them apart by one that says they are the same
(`sameness_contradicted`)."""

from __future__ import annotations

import re
from functools import cache

from ..language import language
from ..lexicon_compare import CHANGES, COMPARISONS, SAME_OR_DIFFERENT
from ..matching import Prepared
from ..text import normalise

__all__ = ["sameness_contradicted", "sameness_wordings"]

_SAME = re.compile(r"\b(?:(?:almost|nearly|about|roughly|much|exactly|practically|virtually|essentially) )?the same "
                   r"(?=[a-z])")
_NO_DIFFERENCE = re.compile(r"\b(no|not any|hardly any|little)\b(?: [a-z]+)? differences?\b")


def sameness_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording of things the same in some respect said as no difference in it, where the answer says so."""
    if got.lang.code != "en" or (none := _NO_DIFFERENCE.search(normalise(got.written))) is None:
        return ()
    said = f"{none.group(1)} difference in "  # ("little difference": the answer's own word of none)
    return tuple(turned for text in wordings if (turned := _SAME.sub(said, mine := normalise(text))) != mine)


@cache
def _stems(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of a language's words of sameness and of difference."""
    lang = language(code)
    same, different = SAME_OR_DIFFERENT[code]
    return frozenset(map(lang.stem, same)), frozenset(map(lang.stem, different))


def _compares(p: Prepared, i: int) -> bool:
    """Is the word of more or less at i a comparison of two things: before a "than" of its clause, or after a verb
    of being ("was much lower", "было ниже"), not a count ("carried more grain") nor "once more"?"""
    clause, lex = p.clauses[i], COMPARISONS[p.lang.code]
    after = (p.words[j] for j in range(i + 1, len(p.words)) if p.clauses[j] == clause)
    before = [p.words[j] for j in range(max(0, i - 3), i) if p.clauses[j] == clause]
    return any(w in lex.than for w in after) or not CHANGES[p.lang.code].passive.isdisjoint(before)


def _alike(p: Prepared, i: int) -> bool:
    """Does the word of sameness at i say two things are alike, not name one thing again ("the same crew")? Said of
    them, no noun after it in its clause: "was the same", "the same as outside", "were equal"."""
    j = i + 1
    return j >= len(p.words) or p.clauses[j] != p.clauses[i] or p.words[j] in p.lang.lex.stop


def _kinds(p: Prepared, places: list[int], compared: bool = True) -> tuple[bool, bool]:
    """Do the words at `places` say two things are the same, and do they say they differ (a word of difference; with
    `compared`, a comparison's word of more or less too: "lower than", "было больше")? A negated word says the other
    ("не одинаковы")."""
    same_stems, different_stems = _stems(p.lang.code)
    markers = COMPARISONS[p.lang.code].markers if compared else frozenset()
    same = different = False
    for i in places:
        alike = p.stems[i] in same_stems and _alike(p, i)
        apart = p.stems[i] in different_stems or p.words[i] in markers and p.dirs[i] != 0 and _compares(p, i)
        if alike or apart:
            if p.negated_at(i):
                alike, apart = apart, alike
            same, different = same or alike, different or apart
    return same, different


def sameness_contradicted(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in a clause where it makes the point, say its two things differ where the point says they
    are the same ("differed", "unequal"; in a clause that holds two of the point's words or more, also a comparison:
    "the pressure inside was lower than outside" for "the pressure inside and outside was the same"), or say them the
    same where the point compares or tells them apart, and not the point's own relation too? A comparison in a
    clause that holds one of the point's words only ("he thought the Red Sea was higher, but both seas are level")
    is another claim."""
    if got.lang.code not in SAME_OR_DIFFERENT or not positions:
        return False
    same, different = _kinds(point, list(point.content()))
    if same == different:
        return False  # (neither, or both: "the same ships carried more grain")
    for clause in {got.clauses[j] for j in positions}:
        compared = sum(got.clauses[j] == clause for j in positions) >= 2
        alike, apart = _kinds(got, [i for i in range(len(got.words)) if got.clauses[i] == clause], compared)
        if (alike, apart) == (different, same):
            return True
    return False
