"""A point made without its doer, in a clause whose doer is another point's: on a card whose points open with
different doers ("Joseph received a pension", "Étienne received the Order of Saint Michael"), an accepted wording
that leaves the doer out ("pension") is not made by an answer that gives it to the other one ("Étienne got a
pension"): the clause where the answer makes the point opens with another point's doer, and names the point's own
nowhere. A point's doer is its first content word, written with a capital (a name, or a thing a sentence opens
with). A Russian clause may open with any part of it: there the other doer must stand in the form its own point
gives it, the nominative ("Дорн играл рискованно" for "Хейл играл слишком рискованно", accepted as "играл
рискованно"). Only the order of words and the card's own points: no word of any text."""

from __future__ import annotations

from ..matching import Prepared
from .rivals import RU_NOMINATIVE

__all__ = ["taken_by_other"]


def _doer(point: Prepared) -> str:
    """The stem of the word a point opens with, when it is written with a capital and is a word ("" otherwise)."""
    content = point.content()
    if not content:
        return ""
    i = content[0]
    return point.stems[i] if point.words[i].isalpha() and point.words[i] in point.capitalised else ""


def taken_by_other(points: list[Prepared], places: list[tuple[int, ...]], got: Prepared) -> set[int]:
    """The points made (at `places`) only in clauses that open with another point's doer and do not name their
    own."""
    if got.lang.code not in ("en", "ru"):
        return set()
    doers = [_doer(p) for p in points]
    named = {d for d in doers if d}
    # (Russian word order says no role: there the clause opens with the other doer in the very form its point gives
    # it, the nominative of a subject: "Дорн играл рискованно", never "Дорна обыграл ..."; an adjective opens a name
    # of a thing, no doer: "Карское море", "Чукотское море" said one after another)
    forms = {w for point, d in zip(points, doers, strict=True) if d
             and not (w := point.words[point.content()[0]]).endswith(RU_NOMINATIVE)}
    if len(named) < 2:
        return set()
    out = set()
    for k, at in enumerate(places):
        mine = doers[k]
        if not at or not mine:
            continue
        taken = []
        for clause in sorted({got.clauses[j] for j in at}):
            words = [j for j in got.content() if got.clauses[j] == clause]
            first = got.stems[words[0]] if words else ""
            taken.append(words[0] not in at and first in named and first != mine
                         and all(got.stems[j] != mine for j in words)
                         and (got.lang.code == "en" or got.words[words[0]] in forms))
        if taken and all(taken):
            out.add(k)
    return out
