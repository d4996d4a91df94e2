"""A short word typed with two letters swapped ("tnak" for "tank", "hwo" for "who" is `analysis`'s): words under
`analysis.MIN_CORRECTED` letters are never corrected by edit distance (too many words are one edit from each other),
but two neighbouring letters after the first swapped make one word of the pack only now and then; when they make
exactly one, that is the word meant."""

from __future__ import annotations

from collections.abc import Container

__all__ = ["swapped"]

SHORTEST = 4  # letters of the shortest word read so ("tnak"; not "teh", which is a function word)


def swapped(word: str, vocabulary: Container[str]) -> str:
    """The one word of `vocabulary` that `word` is with two neighbouring letters after its first swapped, or `word`."""
    if len(word) < SHORTEST or not word.isalpha():
        return word
    found = {w for i in range(1, len(word) - 1) if word[i] != word[i + 1]
             and (w := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in vocabulary}
    return found.pop() if len(found) == 1 else word
