"""A short answer's wording said with a synonym of a word of it (issue #11): "the monks deserted the abbey" for "the
monks abandoned the abbey", "heat of evaporation" for "heat of vaporization". A keypoint's words are met so already
(`meaning`); a short card's wordings now are too, by the same table of the language, in the same part of speech only
(and a compound by its two parts, `compounds`: "огненное кольцо Тихого океана" for "Тихоокеанское огненное кольцо"):
never a word of its family in another ("the aortic valve" is no "aorta", "a lobby group" no "lobbyist": a noun said
as a modifier names another thing), nor a name, a figure, a direction, nor onto a word of the card's known mistakes
(`avoid`). A wording with a figure is left to its figures' checks. Rules of the language, nothing of one text."""

from __future__ import annotations

from ..compounds import said_in_parts
from ..matching import Prepared, Want, find_phrase
from ..meaning import has_synonyms, same_meaning_in, synonym_of, synonymous

__all__ = ["said_with_synonyms"]


def _same_part(want: Want, got: Prepared, j: int) -> bool:
    """Is the answer's word at j a synonym of the wording's word in its part of speech (no word of its family)?"""
    if got.lang.code == "en":
        return synonymous(want.word, got.words[j])
    return synonym_of(got.lang.code, want.word, want.stem, got.words[j], got.stems[j])


def said_with_synonyms(ref: Prepared, got: Prepared, skip: frozenset[str], avoid: frozenset[str]) -> bool:
    """Is every word of a wording (with no figure) in the answer, some of them said with a synonym?"""
    sense = same_meaning_in(ref, got, avoid) if not ref.quantities else None
    if sense is None:
        return False

    def synonym(want: Want) -> tuple[int, int]:
        if (parts := said_in_parts(want, got, avoid))[0] >= 0:
            return parts  # a compound said as its two parts names the same thing ("тихого океана": "тихоокеанский")
        if not has_synonyms(got.lang.code, want.word, want.stem):
            return -1, -1  # (a word the table gives no synonym is the synonym of none: `_same_part` never holds)
        found = sense(want)
        return found if found[0] >= 0 and _same_part(want, got, found[1]) else (-1, -1)
    found = find_phrase(ref, got, skip=skip, otherwise=synonym)
    return found is not None and not found.typo
