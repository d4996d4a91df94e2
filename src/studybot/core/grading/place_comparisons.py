"""A comparison of two places said from the other place (issue #11): "below the dome the air is warmer" says what
"above the dome the air is colder" says, the place and the comparison both turned round (`turned_wordings`); the
place alone turned ("below the dome the air is colder", "под куполом воздух холоднее" for "над куполом воздух
холоднее") says the opposite (`place_sides.place_flipped`, read where a point is contradicted). Places of a
pair: above / below ("over", "under", "beneath"), inside / outside, "над" / "под", "сверху" / "снизу", "внутри" /
"снаружи". Comparisons are the language's markers of more and less as the text reads once prepared ("warmer" is
"more hot", "холоднее" "менее тёплый"). Rules of the language, no word of a text.
"""

from __future__ import annotations

from ..lexicon_compare import COMPARISONS
from ..matching import Prepared

__all__ = ["turned_wordings"]

_SIDES = {
    "en": ((frozenset(("above", "over")), frozenset(("below", "under", "beneath", "underneath"))),
           (frozenset(("inside", "within")), frozenset(("outside",)))),
    "ru": ((frozenset(("над", "сверху", "вверху", "наверху")), frozenset(("под", "снизу", "внизу"))),
           (frozenset(("внутри",)), frozenset(("снаружи", "вне")))),
}
_SKIP = frozenset(("the", "a", "an", "its", "their"))
# each word of place, with the places across from it ("below", "under" for "above")
_ACROSS = {code: {w: other for one, other in pairs for side, other in ((one, other), (other, one)) for w in side}
           for code, pairs in _SIDES.items()}


def _other_side(word: str, code: str) -> frozenset[str]:
    """The places across from a word of place ("below", "under" for "above"), or nothing."""
    return _ACROSS.get(code, {}).get(word, frozenset())


def _markers(text: Prepared) -> list[tuple[int, int]]:
    """The positions and directions of a text's words of more and less ("more", "ниже")."""
    markers = COMPARISONS[text.lang.code].markers if text.lang.code in COMPARISONS else frozenset()
    return [(i, d) for i, w in enumerate(text.words) if w in markers and (d := text.lang.direction(w))]


def turned_wordings(point: Prepared, got: Prepared) -> tuple[str, ...]:
    """The point said from the place across, as the answer says it: its word of place and its comparison both
    turned ("below the dome the air is more hot" for "above the dome the air is less hot"), where the answer names
    that place and compares only the other way; else nothing."""
    code = point.lang.code
    if _ACROSS.get(code, {}).keys().isdisjoint(point.words):
        return ()
    sides = [(k, _other_side(w, code)) for k, w in enumerate(point.words)]
    sides = [(k, other) for k, other in sides if other]
    mine, theirs = _markers(point), _markers(got)
    if not sides or not mine or not theirs or len({d for _, d in mine}) != 1:
        return ()
    way = mine[0][1]
    if any(d == way for _, d in theirs):
        return ()  # the answer compares the same way somewhere: nothing to turn
    words = list(point.words)
    for k, other in sides:
        said = [w for w in got.words if w in other]
        if not said:
            return ()  # the answer does not name the place across
        words[k] = said[0]
    for k, _ in mine:
        words[k] = got.words[theirs[0][0]]
    return (" ".join(words),)
