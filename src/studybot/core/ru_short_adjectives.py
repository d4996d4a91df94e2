"""A Russian adjective's short masculine form with its fleeting vowel ("прочен", "нужен", "важен", "силён"): the
same word as its full form ("прочный", "прочным", "нужный"), as its other short forms already are ("прочна",
"прочны": Snowball stems them "прочн"). Snowball cuts "-ен" off the masculine one ("проч"), too short for the full
form's stem. The word is read as the full form's stem where the lexical table knows that stem as an adjective's
("прочн", "нужн", "сильн"), so a noun in "-ен" keeps its own ("феномен", "семен"). Another word for the quality is
another word ("велик" is no "большой"). A rule of Russian word forms, the same for every text."""

from __future__ import annotations

import re

from .wordnet_ru import entry

__all__ = ["short_adjective_stem"]

_SHORT = re.compile(r"([^\W\d_]{2,}[бвгджзклмнпрстфхцчшщ])[еёо]н")


def short_adjective_stem(word: str, stem: str) -> str:
    """The stem of the full form of `word` if it is an adjective's short masculine form ("прочен": "прочн"), else
    `stem` (Snowball's)."""
    m = _SHORT.fullmatch(word)
    if m is None or stem != m.group(1):
        return stem
    for full in (stem + "н", stem + "ьн"):  # "прочен": "прочн"; "силён": "сильн"
        if "a" in entry(full):
            return full
    return stem
