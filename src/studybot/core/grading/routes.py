"""Russian: a journey's start and end exchanged. A point that goes "из X ... до (к, в, на) Y" in one clause is not
made by an answer that sends something to X ("полинезийцы доплыли до Южной Америки", "люди из Полинезии могли
доплыть до Южной Америки" for "люди из Южной Америки могли доплыть до Полинезии"), nor brings it from Y. "до" and
"к" mark an end alone; "в" and "на" only beside an "из" before them in the answer's clause, since they also say
where a thing is ("жившие в Перу"). English "from" and "to" are read by `roles.motion_flipped`. Only the order of
words and the prepositions of the language: no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["route_swapped"]

_FROM = frozenset({"из", "изо"})
_TO = frozenset({"до", "к", "ко"})
_INTO = frozenset({"в", "во", "на"})  # an end beside a start ("из Перу в Полинезию"), or a place ("в Перу")
_NAMED = 2  # content words read after a preposition: a name of two words ("Южной Америки")


def _after(text: Prepared, k: int, content: set[int]) -> set[str]:
    """The stems of the content words right after the preposition at `k`, in its clause (`_NAMED` at most)."""
    out: set[str] = set()
    for j in range(k + 1, min(len(text.words), k + 1 + _NAMED)):
        if j not in content or text.clauses[j] != text.clauses[k]:
            break
        out.add(text.stems[j])
    return out


def _ends(text: Prepared, strict: bool) -> list[tuple[set[str], set[str]]]:
    """Each clause's (start, end) words: after "из", after an end's preposition. `strict`: "в" and "на" mark an end
    only after an "из" in the clause."""
    content = set(text.content())
    found: dict[int, tuple[set[str], set[str]]] = {}
    opened: set[int] = set()
    for k, word in enumerate(text.words):
        clause = text.clauses[k]
        start, end = found.setdefault(clause, (set(), set()))
        if word in _FROM:
            start |= _after(text, k, content)
            opened.add(clause)
        elif word in _TO or word in _INTO and (clause in opened or not strict):
            end |= _after(text, k, content)
    return list(found.values())


def route_swapped(point: Prepared, got: Prepared) -> bool:
    """Does a Russian answer, in one clause, send a thing to where the point's journey starts, or bring it from where
    it ends, and not as the point says?"""
    if point.lang.code != "ru" or _FROM.isdisjoint(point.words):
        return False
    routes = [(origin, goal) for start, end in _ends(point, strict=True)
              if (origin := start - end) and (goal := end - start)]
    if not routes:
        return False
    for start, end in _ends(got, strict=True):
        for origin, goal in routes:
            if end & origin and not end & goal or start & goal and not start & origin:
                return True
    return False
