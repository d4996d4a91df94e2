"""A Russian name of a series member, a word and its number ("Спутник-2", "Восток-6", "Союз-10", up to ten), is also
called by the ordinal before the word: "второй спутник", "на шестом Востоке", "первого спутника" (any case: names
are matched by their stems). So a question asking of "the second satellite" asks of "Спутник-2", as a pack's own
aliases may say ("Спутник-1: [первый спутник]"); an ordinal name its aliases already give is kept as it is."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from ..language import language

__all__ = ["ORDINALS_RU", "with_ordinals"]

ORDINALS_RU = ("первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый",
               "десятый")
# a capitalised word of letters (not an acronym: "ОКБ-1", "МиГ-15"), a hyphen and a number of one to ten
_MEMBER = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{2,})-(10|[1-9])(?![\w-])")


def with_ordinals(aliases: Mapping[str, tuple[str, ...]], code: str, text: str) -> dict[str, tuple[str, ...]]:
    """A pack's aliases with, for each series member that its text (`text`) or its aliases name, the ordinal name
    ("второй спутник" for "Спутник-2"): in the member's own entry, or in a new one (named in the form the text uses
    most) for a member no alias names."""
    out = {canonical: tuple(others) for canonical, others in aliases.items()}
    if code != "ru":
        return out
    stem = language(code).stem
    owner: dict[tuple[str, int], tuple[str, str]] = {}  # (stem, number): (the entry's canonical name, the word)
    for canonical, others in aliases.items():
        for name in (canonical, *others):
            if m := _MEMBER.fullmatch(name.strip()):
                owner.setdefault((stem(m.group(1).lower()), int(m.group(2))), (canonical, m.group(1).lower()))
    forms: dict[tuple[str, int], Counter[str]] = {}
    for m in _MEMBER.finditer(text):
        forms.setdefault((stem(m.group(1).lower()), int(m.group(2))), Counter())[m.group(0)] += 1
    for key in sorted({*owner, *forms}):
        if key in owner:
            canonical, word = owner[key]
        else:
            canonical = forms[key].most_common(1)[0][0]
            word = canonical.rsplit("-", 1)[0].lower()
        ordinal = f"{ORDINALS_RU[key[1] - 1]} {word}"
        taken = {n.casefold().replace("ё", "е") for n in (canonical, *out.get(canonical, ()))}
        if ordinal not in taken:
            out[canonical] = (*out.get(canonical, ()), ordinal)
    return out
