"""The two sides of a preposition swapped: a short wording "X without Y" ("markets without taxes", "рынок без
налогов") is not said by "Y without X", though every word is there; so for a preposition whose two sides play
different parts ("of", "for", "over", "instead of"; "для", "над", "вместо"). Not for those whose sides may change
places ("with", "and"; "с"), nor "to"/"from", which `roles.motion_flipped` reads. A rule of each language's
prepositions, no text's words."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["sides_swapped"]

_ONE_WAY = {"en": frozenset("without of for by over under above below before after against than within "
                            "instead beyond behind".split()),
            "ru": frozenset("без для вместо против после перед над под до кроме".split())}
_SKIP = frozenset(("the", "a", "an"))
_SHORT = 4  # content words: a term or a slogan, not a sentence whose other words may say it otherwise


def _sides(text: Prepared, k: int) -> tuple[int, int] | None:
    """The content words right before and after the word at k, in its clause (an article skipped), or None."""
    content, words = set(text.content()), text.words
    before, after = k - 1, k + 1
    while after < len(words) and words[after] in _SKIP:
        after += 1
    if before in content and after in content and text.clauses[before] == text.clauses[k] == text.clauses[after]:
        return before, after
    return None


def sides_swapped(ref: Prepared, got: Prepared) -> bool:
    """Does the answer say a short wording's one-way preposition with its two sides the other way round?"""
    one_way = _ONE_WAY.get(ref.lang.code, frozenset())
    if not 2 <= len(ref.content()) <= _SHORT or one_way.isdisjoint(ref.words):
        return False
    lang = ref.lang
    for k, word in enumerate(ref.words):
        if word not in one_way or (mine := _sides(ref, k)) is None:
            continue
        for m, said in enumerate(got.words):
            if said == word and (theirs := _sides(got, m)) is not None \
                    and lang.word_match(ref.stems[mine[0]], got.stems[theirs[1]]) >= 0 \
                    and lang.word_match(ref.stems[mine[1]], got.stems[theirs[0]]) >= 0 \
                    and lang.word_match(ref.stems[mine[0]], got.stems[theirs[0]]) < 0:
                return True
    return False
