"""Who does a point's deed, where the doer is a common noun (Russian): a point that opens with its subject and verb
("ледник заполняет долину") is not made by an answer that gives the verb to another noun opening that clause and
names the point's subject only in another clause ("река заполняет долину, а ледник режет дно": the river fills it;
"горячая точка перемещается, а плита стоит" for "плита движется над горячей точкой"). The names of people and
countries are read so by `subjects` (`party_elsewhere`); this is the same reading for any noun, read only where the
point's own subject stands in the answer, in another clause than the verb's."""

from __future__ import annotations

from ..lexicon_roles import ROLE_MARKERS
from ..matching import Prepared
from .parties import slot

__all__ = ["subject_noun_elsewhere"]

# the endings of a Russian finite verb (present or past, reflexive too): the word after the point's subject
_FINITE = ("ет", "ют", "ут", "ит", "ят", "ат", "ется", "ются", "ится", "ятся", "ал", "ял", "ил", "ел", "ыл", "ла", "ло",
           "ли", "лся", "лась", "лось", "лись")


_SUBJECT_WORDS = 3  # the subject and its adjectives before the verb, at most


def _opening_subject(point: Prepared) -> tuple[int, int] | None:
    """The point's subject and its verb right after it, where the point opens so ("ледник заполняет ...",
    "верхнее колесо вращает ..."), or None."""
    content = set(point.content())
    for v in range(1, min(len(point.words), _SUBJECT_WORDS + 1)):
        if v not in content or point.clauses[v] != point.clauses[0]:
            return None
        if all(h in content for h in range(v)) and point.words[v].endswith(_FINITE) \
                and not point.words[v - 1].endswith(_FINITE) and point.words[0] not in ROLE_MARKERS.get("ru", {}):
            return v - 1, v
    return None


# words that may open a clause before its subject: "потому что река ...", "так как ...", "зато ..."
_LINKING = frozenset("потому поэтому так как зато однако тогда также тоже ведь если когда хотя".split())


def _linking(word: str) -> bool:
    return word in _LINKING


def _nominative(got: Prepared, k: int) -> bool:
    role = slot(got, k)
    return role is None or role == "" or role.startswith("=") and "nom" in role[1:].split()


def subject_noun_elsewhere(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer give the point's verb to another noun that opens its clause, the point's subject named only
    in another clause (see the module)?"""
    if point.lang.code != "ru" or len({got.clauses[j] for j in positions}) < 2:
        return False
    opening = _opening_subject(point)
    if opening is None:
        return False
    subject, verb = opening
    mine = point.stems[subject]
    named = [j for j in positions if got.stems[j] == mine]
    if not named:
        return False
    content = set(got.content())
    for j in positions:
        clause = got.clauses[j]
        if clause in {got.clauses[h] for h in named} or j in named or not got.words[j].endswith(_FINITE):
            continue
        if j - 1 not in content or got.clauses[j - 1] != clause:
            continue  # the verb's subject (and its adjectives) right before it, opening the clause's words
        opens = j - 1
        while opens - 1 >= 0 and got.clauses[opens - 1] == clause and opens - 1 in content:
            opens -= 1
        if any(h in content for h in range(opens) if got.clauses[h] == clause and not _linking(got.words[h])):
            continue
        k = j - 1
        if got.stems[k] != mine and got.stems[k] not in point.stems[verb:verb + 1] and _nominative(got, k) \
                and all(got.stems[h] != mine for h in range(len(got.words)) if got.clauses[h] == clause):
            return True
    return False
