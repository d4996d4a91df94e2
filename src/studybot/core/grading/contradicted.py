"""Does an answer contradict a keypoint where it makes it: the opposite of one of the point's words, what the
point asserts and denies swapped, a figure pair turned round, a stopping dropped or denied, a denial of some said
of every one, a comparison for a sameness (`structured`)."""

from __future__ import annotations

from .. import wordnet
from ..matching import Prepared
from ..meaning import kindred, opposed
from ..prefixed_negatives import NEGATIVE_PREFIXES
from .contrasts import correction_swapped
from .counted import counts_moved
from .denied_after import denied_after
from .intensifiers import weakened
from .place_sides import place_flipped
from .quantified import denied_otherwise
from .roles import motion_flipped
from .sameness import sameness_contradicted
from .score_pairs import pair_reversed
from .stopped import stopped_at
from .swapped_figures import figures_swapped

__all__ = ["contradicted", "contradicted_unless_accepted"]


def contradicted(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses where it makes a point, use the opposite of one of the
    point's words ("ignores the threat" for "recognises the threat"), or swap what the point
    asserts and what it denies ("by birth, not merit" for "by merit, not by birth")?"""
    if not point.lang.lex.negators.isdisjoint(point.words) and correction_swapped(point, got, positions):  # denies
        return True
    if len({q.value for q in point.quantities}) >= 2 and figures_swapped(point, got):
        return True
    if point.quantities and counts_moved(point, got, positions):  # "five Swedes and a Norwegian" for "five
        return True  # Norwegians and a Swede": each figure counts its own noun
    if point.quantities and pair_reversed(point, got):  # "11-13" for "13:11" (one figure, a time, as read)
        return True
    if not point.lang.preventers.isdisjoint(point.stems) and (_prevention_dropped(point, got, positions)
                                                              or _prevention_denied(point, got, positions)):
        return True
    if point.lang.code == "en" and _prefix_denied(point, got, positions):  # "unequal" ("not equal") for "equals"
        return True
    return motion_flipped(point, got) or place_flipped(point, got, positions) or opposed(point, got, positions) \
        or denied_after(point, got, positions) or weakened(point, got, positions) \
        or denied_otherwise(point, got, positions) \
        or sameness_contradicted(point, got, positions)  # "lower than outside" for "the same inside and outside"


def contradicted_unless_accepted(point: Prepared, turned: tuple[Prepared, ...], got: Prepared,
                                 positions: tuple[int, ...]) -> bool:
    """`contradicted`, unless an accepted wording of the point that itself says the opposite of one of the point's
    words (`turned`: "cheap tools let them hire more" accepted for "dear tools made them hire fewer") is not
    contradicted: the instructor took that word as right, whichever wording made the point ("cheap tools mean they
    could hire more", made by "they could hire more")."""
    return contradicted(point, got, positions) and not any(not contradicted(ref, got, positions) for ref in turned)


def _prefix_denied(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses where it makes the point, say one of the point's words with a negative prefix
    the point's word does not have, WordNet's antonym of it ("unequal", as "does not equal" is read, for "equals";
    "dishonest" for "honest"; not "intake" for "took")? The point made by its other words is denied by that one."""
    clauses = {got.clauses[j] for j in positions}
    mine = {point.stems[i] for i in point.content() if len(point.stems[i]) >= 4}
    for j in got.content():
        word = got.words[j]
        if got.clauses[j] not in clauses or got.stems[j] in mine:
            continue
        if any(word.startswith(p) and got.lang.stem(word[len(p):]) in mine
               and word in wordnet.antonyms(word[len(p):], "a") for p in NEGATIVE_PREFIXES):  # (no "intake")
            return True
    return False


def _prevention_dropped(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """The point is about stopping something ("to stop the spread of communism", "сорвать
    подписание"); the answer, where it makes the point, says that thing without any word of
    stopping ("to spread communism", "подписать"): the opposite aim. The point's word of stopping said by its noun
    of action is one ("the opposition of the miners" for "the miners opposed")."""
    lang, content = point.lang, point.content()
    clauses = {got.clauses[j] for j in positions}
    theirs = [j for j in got.content() if got.clauses[j] in clauses]
    stoppers = [point.words[i] for i in content if point.stems[i] in lang.preventers]
    if any(got.stems[j] in lang.preventers or any(lang.related(w, got.words[j]) for w in stoppers) for j in theirs) \
            or any(w in lang.lex.negators for w, c in zip(got.words, got.clauses, strict=True) if c in clauses):
        return False  # stopping said another way: a preventing word or a negation ("so that X can't")
    for k, i in enumerate(content):
        if point.stems[i] in lang.preventers and k + 1 < len(content):
            nxt = stopped_at(point, content, k + 1)  # ("stop wages rising": rising)
            if point.clauses[nxt] == point.clauses[i] and point.stems[nxt] not in lang.preventers \
                    and point.words[nxt] not in point.capitalised \
                    and lang.lex.example_markers.isdisjoint(point.words[i + 1:nxt]) \
                    and any((lang.word_match(point.stems[nxt], got.stems[j]) >= 0
                             or lang.code == "en" and kindred(point.words[nxt], got.words[j])) and not got.negated_at(j)
                            for j in theirs):  # ("to merge" for "to prevent the merger": one word family)
                return True
    return False


def _prevention_denied(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """The point says something is stopped ("valves prevent backflow"); the answer, where it makes
    the point, denies the stopping itself ("they do not prevent backflow")."""
    if point.negated():
        return False
    lang, clauses = got.lang, {got.clauses[j] for j in positions}
    return any(got.clauses[j] in clauses and got.stems[j] in lang.preventers and got.negated_at(j)
               for j in got.content())
