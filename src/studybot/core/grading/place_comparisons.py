"""A comparison of two places said from the other place (issue #11): "below the dome the air is warmer" says what
"above the dome the air is colder" says, the place and the comparison both turned round (`turned_wordings`); the
place alone turned ("below the dome the air is colder", "под куполом воздух холоднее" for "над куполом воздух
холоднее") says the opposite (`place_sides.place_flipped`, read where a point is contradicted). Places of a pair:
those of `place_sides` (above / below, inside / outside, "над" / "под", "до" / "после", "вдоль" / "поперёк"), and
the adverbs "сверху" / "снизу", "within", "вне". Comparisons are the language's markers of more and less as the text
reads once prepared ("warmer" is "more hot", "холоднее" "менее тёплый"). Rules of the language, no word of a text.
"""

from __future__ import annotations

from ..lexicon_compare import COMPARISONS
from ..matching import Prepared
from .place_sides import SIDES

__all__ = ["turned_wordings"]

# the prepositions of a pair of places (`place_sides.SIDES`, a pair +k / -k), and adverbs that say those places
_ADVERBS: dict[str, dict[str, int]] = {
    "en": {"within": 4}, "ru": {"сверху": 1, "вверху": 1, "наверху": 1, "снизу": -1, "внизу": -1, "вне": -4}}
# each word of place, with the places across from it ("below", "under" for "above")
_ACROSS = {code: {w: frozenset(o for o, t in words.items() if t == -side) for w, side in words.items()}
           for code, words in ((code, {**sides, **_ADVERBS.get(code, {})}) for code, sides in SIDES.items())}


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
    places = {point.words[k] for k, _ in sides} | {w for _, other in sides for w in other}
    first = next((w for w in got.words if w in places), "")  # the place the answer compares (the point's: `sides`)
    if first not in sides[0][1] or point.words[sides[0][0]] in got.words[:theirs[0][0]]:
        return ()  # it compares the point's own place ("inside and outside it was lower", "lower inside than
        # outside"): the place across is the one compared with, not the one turned
    words = list(point.words)
    for k, other in sides:
        said = [w for w in got.words if w in other]
        if not said:
            return ()  # the answer does not name the place across
        words[k] = said[0]
    for k, _ in mine:
        words[k] = got.words[theirs[0][0]]
    return (" ".join(words),)
