"""A point assembled from two clauses, one of which says the point's frame with another word in the place of one of
its words: "the antibiotic kills the resistant bacteria and the susceptible ones survive" has "kills" and
"susceptible" of "the antibiotic kills the susceptible bacteria", but the clause that kills says "resistant" between
"kills" and "bacteria", where the point says "susceptible"; the point's own word stands in another clause, said of
something else. The point is not made. Only the order of words in clauses: no word of any text."""

from __future__ import annotations

from collections.abc import Callable

from ..matching import Prepared
from ..packs import Card
from .subjects import doer_elsewhere

__all__ = ["filled_elsewhere", "rival_stems", "said_elsewhere"]


def said_elsewhere(point: Prepared, got: Prepared, where: tuple[int, ...],
                   rivals: frozenset[str] = frozenset()) -> bool:
    """Is a point made by words of the answer (at `where`) that say it of another thing: its doer only in another
    clause ("X fills it, while Y cuts" for "Y fills": `subjects.doer_elsewhere`), or a word of another point
    (`rivals`) in the place of one of its words (`filled_elsewhere`)?"""
    return doer_elsewhere(point, got, where) or bool(rivals) and filled_elsewhere(point, got, where, rivals)


def rival_stems(card: Card, k: int, prep: Callable[[str], Prepared]) -> frozenset[str]:
    """The content stems of the card's other points that point `k` does not have."""
    def stems(i: int) -> set[str]:
        read = prep(card.keypoints[i].point)
        return {read.stems[j] for j in read.content()}
    return frozenset(set().union(*(stems(i) for i in range(len(card.keypoints)) if i != k)) - stems(k))


def filled_elsewhere(point: Prepared, got: Prepared, where: tuple[int, ...], rivals: frozenset[str]) -> bool:
    """Is a point, made by the answer's words at `where` in two clauses or more, said in one of those clauses with
    a word of another point (`rivals`) between two of its words, where the point has a word the answer says only
    in another clause?"""
    if len({got.clauses[j] for j in where}) < 2:
        return False
    mine = point.content()
    content = got.content()
    for j in where:
        k = next((n for n in range(1, len(mine) - 1) if point.stems[mine[n]] == got.stems[j]), None)
        if k is None or len({point.clauses[i] for i in mine[k - 1:k + 2]}) > 1:
            continue  # (the point's three words in one clause of its own)
        before, after = point.stems[mine[k - 1]], point.stems[mine[k + 1]]
        if any(got.stems[i] in (before, after) for i in content if got.clauses[i] == got.clauses[j]):
            continue  # (its clause says the point's frame too: the point may be made there)
        for a, x, b in zip(content, content[1:], content[2:], strict=False):
            if got.clauses[a] == got.clauses[x] == got.clauses[b] != got.clauses[j] \
                    and got.stems[a] == before and got.stems[b] == after and got.stems[x] in rivals \
                    and a in where:
                return True
    return False
