"""Slips that are no slips: an answer's word taken for a typo of a wording's word when it is a word
of its own that the card itself uses ("congestion" for "connection" on a card that names "congestion
control")."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["typo_of_known"]


def typo_of_known(ref: Prepared, got: Prepared, positions: tuple[int, ...], known: frozenset[str]) -> bool:
    """Is a word of the answer that the card itself uses ("congestion", of "congestion control") taken
    for a slip of another word of this wording ("connection")? A word of the subject is no typo."""
    lang = got.lang
    for j in positions:
        st, word = got.stems[j], got.words[j]
        if st not in known or st in ref.stems or len(word) < 6:
            continue  # (a short word's slip may be a form of it: "денег" / "деньги")
        found = [(lang.word_match(a, b), a.startswith(b) or b.startswith(a))  # (a family of forms: no slip)
                 for a, b in (*((s, st) for s in ref.stems), *((w, word) for w in ref.words if len(w) >= 6))]
        if (1, False) in found and not any(m == 0 or m == 1 and family for m, family in found) \
                and not any(lang.related(w, word) for w in ref.words):
            return True
    return False
