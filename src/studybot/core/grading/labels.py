"""A letter written beside the word it stands for is that word's label, no other thing named: "the Reserve (R)
antibiotics", "R - Reserve", "a Penicillium (P. notatum)". A rule of writing: an abbreviation by its initial is
put right before or after the word, often in brackets or after a dash."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["labels_of_words"]


def labels_of_words(got: Prepared, letters: set[str]) -> set[str]:
    """Those of `letters` (single letters the answer names) that stand beside a longer word of the answer
    starting with them."""
    out: set[str] = set()
    words = got.words
    for j, word in enumerate(words):
        if word in letters:
            beside = [words[k] for k in (j - 1, j + 1) if 0 <= k < len(words)]
            if any(len(w) > 2 and w.startswith(word) for w in beside):
                out.add(word)
    return out
