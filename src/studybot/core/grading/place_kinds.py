"""A place named with another kind of place is another place (issue #11): asked which river a landslide dammed,
"Гейзерное озеро" (the lake) does not answer "река Гейзерная", nor "Geyser Lake" "the Geyser River", though the
name's word is the same: a river and a lake of one name are two places. A kind of place is one the language's names
are built with (`lexicon_names` kinds: lake, river, mount, cape, island ...; озеро, река, гора ...), said in the
answer right beside the name where neither the question nor a right wording says it, while one of them says another
kind. No word of any text."""

from __future__ import annotations

from ..lexicon_names import NAME_WORDS
from ..matching import Prepared

__all__ = ["other_place_kind"]


def other_place_kind(ref: Prepared, got: Prepared, allowed: frozenset[str]) -> str:
    """The answer's word of a kind of place, right beside a word of the wording `ref` (its name: "Гейзерное озеро"),
    that the question and the right wordings (`allowed`: their stems) do not say, where they say another kind; ""
    for none. (Beside another name it names that other place: "Шлиссельбург на Ладожском озере".)"""
    names, lang = NAME_WORDS.get(got.lang.code), got.lang
    if names is None:
        return ""
    kinds = {lang.stem(k) for kind, short in names.kinds.items() for k in (kind, *short)}
    if kinds.isdisjoint(allowed):
        return ""
    own = {ref.stems[i] for i in ref.content()} - kinds

    def named(k: int, j: int) -> bool:  # is word k, in word j's clause, a word of the wording's name?
        return 0 <= k < len(got.words) and got.clauses[k] == got.clauses[j] \
            and any(lang.word_match(got.stems[k], st) >= 0 for st in own)
    return next((got.words[j] for j in got.content() if got.stems[j] in kinds and got.stems[j] not in allowed
                 and (named(j - 1, j) or named(j + 1, j))), "")
