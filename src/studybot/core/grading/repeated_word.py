"""A wording that says one word twice ("cell from cell", "клетка от клетки"): a claim that the thing comes of the
same thing, made only by that word said twice close together, never by one mention of it. No word of any text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["repeats_given"]


def repeats_given(ref: Prepared, got: Prepared) -> bool:
    """A wording of one word said twice ("cell from cell", "клетка от клетки") is made only by that word twice, close
    together: one mention of it is no such claim."""
    content = ref.content()
    if len(content) < 2 or len({ref.stems[i] for i in content}) > 1:
        return True
    lang, want = got.lang, ref.stems[content[0]]
    places = [j for j in got.content() if lang.word_match(want, got.stems[j]) >= 0]
    return any(0 < b - a <= len(ref.words) for a, b in zip(places, places[1:], strict=False))
