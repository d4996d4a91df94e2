"""How much of a phrase's content another text holds, word by word (stems, synonyms, typos; a word of direction by
any word of its direction): `overlap` and `covers`, for the grader's quick checks and the tutor. Moved out of
`matching`, which re-exports them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared

__all__ = ["covers", "found_in", "overlap"]


def overlap(phrase: Prepared, other: Prepared) -> float:
    """Share of `phrase`'s content words found among `other`'s (stems, synonyms, typos)."""
    wanted = phrase.content()
    return sum(map(_presence(phrase, other), wanted)) / len(wanted) if wanted else 0.0


def covers(phrase: Prepared, other: Prepared) -> bool:
    """Is every content word of `phrase` among `other`'s (`overlap` 1.0)? Stops at the first missing."""
    wanted = phrase.content()
    return bool(wanted) and all(map(_presence(phrase, other), wanted))


def found_in(phrase: Prepared, other: Prepared) -> frozenset[int]:
    """The positions of `phrase`'s content words found among `other`'s (as `overlap` counts them)."""
    present = _presence(phrase, other)
    return frozenset(i for i in phrase.content() if present(i))


def _presence(phrase: Prepared, other: Prepared) -> Callable[[int], bool]:
    """Is the word i of `phrase` in `other`: a word of its direction, or its stem, a synonym or a typo?"""
    lang, stems = phrase.lang, other.stem_index()

    def present(i: int) -> bool:
        direction = phrase.dirs[i]
        if direction:
            return any(other.dirs[j] == direction for j in other.content())
        if any(not lang.distinct_forms(phrase.words[i], other.words[j]) for j in stems.get(phrase.stems[i], ())):
            return True
        return other.find_word(phrase.stems[i], phrase.words[i], None, phrase.words[i] in phrase.exact)[0] >= 0
    return present
