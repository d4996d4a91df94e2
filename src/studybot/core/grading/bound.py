"""A wording's two words found apart, each bound to another word: "freezes later" is not made by "it freezes
earlier and thaws later" ("later" goes with "thaws", and "freezes" has the opposite, "earlier", beside it), nor
"замерзает позже" by "раньше замерзает и позже тает". Rules of word order (a modifier stands next to what it
modifies), with the language's opposites (`Language.opposite`); no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["bound_elsewhere"]


# words that join two modifiers of one word ("north and south towers": both go with "towers")
_JOINING = {"en": frozenset(("and", "or", "nor")), "ru": frozenset(("и", "или", "либо"))}


def _joined(got: Prepared, k: int, others: list[int]) -> bool:
    """Is the word at k one of two modifiers joined by "and" with a word at one of `others`?"""
    joining = _JOINING.get(got.lang.code, frozenset())
    return any(abs(k - o) == 2 and got.words[(k + o) // 2] in joining for o in others)


def _beside(got: Prepared, j: int) -> list[int]:
    content = set(got.content())
    return [k for k in (j - 1, j + 1) if k in content and got.clauses[k] == got.clauses[j]]


def bound_elsewhere(ref: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, where it makes the wording, put beside one of two neighbouring words of the wording the
    opposite of the other, which it says apart from it?"""
    lang, content = got.lang, ref.content()
    if len(content) < 2 or not positions or lang.opposites.keys().isdisjoint(got.stems):
        return False  # (no word of the answer has an opposite: nothing to look for)
    matched = set(positions)
    pairs = [(a, b) for a, b in zip(content, content[1:], strict=False) if b == a + 1]
    for a, b in (*pairs, *((b, a) for a, b in pairs)):
        here = [j for j in matched if got.stems[j] == ref.stems[a]]
        there = [j for j in matched if got.stems[j] == ref.stems[b]]
        for j in here:
            beside = _beside(got, j)
            if there and not any(k in beside for k in there) \
                    and any(lang.opposite(got.stems[k], ref.stems[b]) and not _joined(got, k, there) for k in beside):
                return True
    return False
