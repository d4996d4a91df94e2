"""Russian: a point whose party is the one a thing befalls, in the dative or the accusative ("туман дул орвийцам в
лицо"), met by its other words alone ("туман"), is not made where the answer's clause lets it befall another party
of the pack in either case ("туман ослепил тельмарийцев"): the answer's own verb sets the case ("ослепил" takes the
accusative, "дул" the dative), so the case alone does not tell the role; the other party in the place of the
affected one does. Where the point's own verb is said, or the point's party is named in that clause, the parties are
compared as they stand (`parties.party_replaced`). A rule of Russian cases, not a word of a text."""

from __future__ import annotations

from ..matching import Prepared
from .parties import Parties, same_party, slot

__all__ = ["affected_other"]

_AFFECTED = frozenset(("dat", "acc"))  # the cases of the one a deed befalls


def _affected(text: Prepared, i: int) -> bool:
    role = slot(text, i)
    if not role or not role.startswith("="):
        return False  # (after a preposition, or unread)
    cases = {c.split(".")[0] for c in role[1:].split()}
    return "nom" not in cases and not cases.isdisjoint(_AFFECTED)


def affected_other(point: Prepared, got: Prepared, at: tuple[int, ...], parties: Parties) -> bool:
    """Does the answer, where it makes a Russian point without the point's verb, let the deed befall another party
    than the point's (dative or accusative)?"""
    if point.lang.code != "ru" or not at:
        return False
    mine = [i for i in point.content() if parties.is_party(point.words[i], point.stems[i]) and _affected(point, i)]
    if len(mine) != 1:
        return False
    i = mine[0]
    clauses = {got.clauses[j] for j in at}
    pool = tuple(j for j in got.content() if got.clauses[j] in clauses)
    if any(same_party(got.lang.code, point.stems[i], got.stems[j]) for j in pool):
        return False  # the point's party named there
    matched = {got.stems[j] for j in at}
    for k in point.content():
        if k != i and point.clauses[k] == point.clauses[i] and point.stems[k] not in matched \
                and got.find_word(point.stems[k], point.words[k], pool)[0] >= 0:
            return False  # the point's verb said there: its cases are compared as they stand
    return any(j not in at and parties.is_party(got.words[j], got.stems[j]) and _affected(got, j) for j in pool)
