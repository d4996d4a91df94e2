"""English: a point's verb said as its noun with a verb of taking it back or ending it (issue #11): "he withdrew
support from the rebels", "he ended his support for them", "support was withdrawn" do not make "the duke
supported the rebels"; they say the opposite. A matched word of the answer that the point says as a verb ("supported"
: a form of a verb in WordNet, other than the answer's word) and the answer says as a noun ("support", no "-ed" or
"-ing" form of it) counts as taken back when the word right before it (past determiners) is one of
`lexicon_withdrawing.EN_WITHDRAWING`, or a form of "be" and one of them follow it, in its clause, and the point
says no such verb itself ("the duke withdrew support" is made by its own words). Only the order of words and the
language's words: no word of any text."""

from __future__ import annotations

from .. import wordnet
from ..lexicon_negative import EN_BE
from ..lexicon_roles import DETERMINERS
from ..lexicon_withdrawing import EN_WITHDRAWING
from ..matching import Prepared

__all__ = ["act_withdrawn"]


def _verb_said(point: Prepared, stem: str, word: str) -> bool:
    """Does the point say `stem` as a form of a verb, in another form than the answer's `word`?"""
    return any(point.stems[i] == stem and point.words[i] != word and point.words[i].endswith(("ed", "s", "ing"))
               and bool(wordnet.base_forms(point.words[i], "v")) for i in point.content())


def _taken_back(got: Prepared, j: int) -> bool:
    """Does a verb of taking back stand right before word `j` (past determiners) or after it as a participle after
    a form of "be", in its clause?"""
    k, determiners = j - 1, DETERMINERS["en"]
    while k >= 0 and got.words[k] in determiners and got.clauses[k] == got.clauses[j]:
        k -= 1
    if k >= 0 and got.clauses[k] == got.clauses[j] and got.words[k] in EN_WITHDRAWING:
        return True
    after = [m for m in range(j + 1, len(got.words)) if got.clauses[m] == got.clauses[j]]
    return any(got.words[m] in EN_BE and m + 1 in after and got.words[m + 1] in EN_WITHDRAWING for m in after)


def act_withdrawn(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer say a deed of the point as its noun taken back or ended (see the module)?"""
    if point.lang.code != "en" or not EN_WITHDRAWING.isdisjoint(point.words):
        return False
    return any(got.words[j].isalpha() and not got.words[j].endswith(("ed", "ing"))
               and _verb_said(point, got.stems[j], got.words[j]) and _taken_back(got, j) for j in positions)
