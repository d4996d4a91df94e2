"""A measure asked by a property's word, given as how many times another's: "How fast does the camshaft turn?" by
"it turns half as fast as ..." / "вдвое медленнее коленчатого вала", "how heavy is X?" by "three times heavier than Y".

"How fast", "насколько быстро" ask a figure of a kind (`Wants.measures`: a speed); a text may give it only as a ratio
of the same property, said by the property's word, its opposite or its comparative (`properties`: every word of a
property shares its key, "медленнее" that of "быстрый") beside a figure of how many times ("вдвое", "в 3 раза",
"twice", "3 times": `CountWords.multiplicative`). That passage supplies the measure asked; one saying the property
without how many times ("the plague advanced slowly") or how many times of another property does not. Rules of the
languages (their words of how many times), no word of a text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon_counts import ENGLISH_COUNTS, RUSSIAN_COUNTS
from ..quantities import spelled_to_digits
from ..text import normalise
from .analysis import Question
from .documents import Doc
from .properties import PROPERTY_KEY

__all__ = ["ratio_of_property"]

_TIMES = {"en": re.compile(ENGLISH_COUNTS.multiplicative), "ru": re.compile(RUSSIAN_COUNTS.multiplicative)}


@lru_cache(maxsize=4096)
def _says_times(text: str) -> bool:
    """Does a sentence say how many times ("вдвое", "в 3 раза", "twice", "3 times")?"""
    said = normalise(text)
    return any(p.search(" ".join(re.findall(r"\d+(?:\.\d+)?|[^\W\d_]+", spelled_to_digits(said, code))))
               for code, p in _TIMES.items())  # "three times": "3 times"


def ratio_of_property(doc: Doc, q: Question) -> bool:
    """Does a passage give the property a measure question asks by its word ("how fast") as how many times another's?"""
    asked = {k for u in q.units if u.stem in q.kinds for k in u.weak if k.startswith(PROPERTY_KEY)}
    return bool(asked & doc.keys) and _says_times(doc.text)
