"""A thing placed on the other side of another: "the nest hangs under the branch" for "over the branch", "гнездо
висит под веткой" for "над веткой", "после войны" for "до войны", "поперёк реки" for "вдоль реки", "outside the
vat" for "inside the vat", "ковры везли в Персию" for "из Персии" (issue #11).

The grader compares content words; most prepositions are function words it passes over, so "under the branch"
would make "over the branch". A preposition of one side of a pair (above / below, before / after, along / across)
marks the words of the phrase it opens; an answer that marks the same word with the other side of the pair, and
never with the point's, says the opposite place or time. A word the point itself marks with both sides ("над крылом
... под крылом") is left alone; so are figures ("до 100 км": a bound, read with the figures). Prepositions that are
content words already ("above", "below", "before", "after") are told apart by the words themselves, but are marks
too, for a side said by a function word ("under the town" for "above the town"). Only the language's prepositions,
no word of a text.
"""

from __future__ import annotations

import re

from ..matching import Prepared
from ..ru_families import ADJECTIVE_ENDINGS

__all__ = ["SIDES", "place_flipped"]

_INSIDE = 4  # in a place (inside, within, "внутри", "в губернии"); -4 out of it
# each preposition's side: a pair of opposite sides is +k / -k
SIDES: dict[str, dict[str, int]] = {
    "en": {"over": 1, "above": 1, "under": -1, "below": -1, "beneath": -1, "underneath": -1, "inside": _INSIDE,
           "outside": -_INSIDE, "in": _INSIDE, "within": _INSIDE, "beyond": -_INSIDE},
    "ru": {"над": 1, "надо": 1, "под": -1, "подо": -1, "до": 2, "перед": 2, "передо": 2, "после": -2,
           "вдоль": 3, "поперёк": -3, "поперек": -3, "внутри": _INSIDE, "снаружи": -_INSIDE,
           # in a place or out of it ("остался в губернии" for "оказался за пределами губернии", "вне губернии")
           "в": _INSIDE, "во": _INSIDE, "пределах": _INSIDE, "вне": -_INSIDE, "пределами": -_INSIDE},
}
_PHRASE = 3  # content words at most a preposition's phrase is read for ("над старой каменной стеной")
# a source and a goal ("из Персии" / "в Персию"); "в" with a place's prepositional case is `_INSIDE` (`_marked`), and a
# point's "в" before a word that is no accusative of a goal may be met by "из" ("во льду" / "пузырьки из льда"); not
# "из-за" (a cause), read as "из за"
_SOURCE, _GOAL = 5, -5
_FROM_INTO: dict[str, dict[str, int]] = {"ru": {"из": _SOURCE, "изо": _SOURCE, "в": _GOAL, "во": _GOAL}}
# the accusative of a goal, told from a place's prepositional case: a noun without an ending ("в город", "в степь")
# or in "-ию" ("в Персию"); not "-у", which is a place too ("во льду", "в лесу")
_GOAL_FORM = re.compile(r"(?:[бвгджзклмнпрстфхцчшщь]|ию)$")


def _marked(text: Prepared, sides: dict[str, int]) -> dict[int, int]:
    """The content words of the phrases a preposition of `sides` opens, each with its side. In Russian the phrase
    runs through its adjectives (by their endings) to its noun; in English to the first function word."""
    out: dict[int, int] = {}
    content = set(text.content())
    ru = text.lang.code == "ru"
    for k, word in enumerate(text.words):
        side = sides.get(word)
        if side is None or side == _SOURCE and text.words[k + 1:k + 2] == ["за"]:
            continue
        j, taken = k + 1, 0
        while j < len(text.words) and text.clauses[j] == text.clauses[k] and taken < _PHRASE:
            w = text.words[j]
            if j not in content:
                if taken or w in sides:
                    break  # the phrase ends at a function word, or another preposition of a side opens
                j += 1  # (an article: "under the old bridge")
                continue
            if any(c.isdigit() for c in w):
                break  # a figure: "до 100 км" is a bound
            # "в" with the prepositional case of a place ("в губернии", "в городе") is inside it, as "внутри"; a
            # goal's accusative ("в Персию", "в скважину") a goal ("-у" may be either: "во льду" is read as one)
            out.setdefault(j, _INSIDE if side == _GOAL and w.endswith(("е", "и")) else side)
            taken += 1
            if ru and not w.endswith(ADJECTIVE_ENDINGS):
                break  # the noun ends the phrase
            j += 1
    return out


def place_flipped(point: Prepared, got: Prepared, positions: tuple[int, ...] = ()) -> bool:
    """Does the answer put a word of the point on the other side of a preposition's pair than the point does, and
    nowhere on the point's side: at `positions`, where it makes the point, or (a word it was not matched on, as one
    the question says) in their clauses; anywhere when no positions are given?"""
    sides = {**SIDES.get(point.lang.code, {}), **_FROM_INTO.get(point.lang.code, {})}
    if not sides or sides.keys().isdisjoint(point.words) or sides.keys().isdisjoint(got.words):
        return False
    mine = _marked(point, sides)
    if not mine:
        return False
    theirs = _marked(got, sides)
    if not theirs:
        return False
    by_stem: dict[str, set[int]] = {}
    goals: set[str] = set()
    for i, side in mine.items():
        by_stem.setdefault(point.stems[i], set()).add(side)
        if side == _GOAL and _GOAL_FORM.search(point.words[i]):
            goals.add(point.stems[i])
    clauses = {got.clauses[j] for j in positions}
    for stem, said in by_stem.items():
        if len(said) != 1 or said == {_GOAL} and stem not in goals:
            continue  # the point puts it on both sides; "в" of a place ("во льду"), which "из" may meet
        side = next(iter(said))
        # where the point is made; a word it was not matched on (one the question says) in those clauses
        found = [theirs.get(j) for j in positions if got.stems[j] == stem] \
            or [theirs.get(j) for j in got.content()
                if got.stems[j] == stem and (not clauses or got.clauses[j] in clauses)]
        if found and all(s == -side for s in found):
            return True
    return False
