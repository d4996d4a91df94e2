"""Bounds on a figure said another way, read as one wording before the grader compares words (`comparisons`).

- A bound on a figure: "over 120 years", "above 120", "in excess of 120", "upwards of 120" say what "more than
  120" says; "under 30", "below 30" what "less than 30" says; so with a number word after "a" ("over a hundred
  years", "under a third"), and with a word that is a count of its own ("over a decade", "under a century", "over a
  dozen", "under a fortnight"). Read as "more than" / "less than", so that a bound is compared as the words of one
  (and "over 120" is no "under 120", "over" and "under" being function words).
("beneath" is not read as "under": "under" is a function word, and "above the floor" would then pass for "beneath
the floor".)
Only English words, the same for every text.
"""

from __future__ import annotations

import re

from .lexicon_tutor import ENGLISH_TUTOR

__all__ = ["read_bounds"]

_BOUND = re.compile(r"\b(over|above|in excess of|upwards of|under|below)(?= (?:\d|(?:an? )?" + ENGLISH_TUTOR.cardinal
                    + r"|an? (?:decade|century|dozen|fortnight)\b))")  # ("over a hundred years", "under a third",
# "over a decade": a unit of ten, a hundred, twelve or fourteen counted once)
_SAID = {"over": "more than", "above": "more than", "in excess of": "more than", "upwards of": "more than",
         "under": "less than", "below": "less than"}
_CUES = ("over ", "above ", "excess of ", "upwards of ", "under ", "below ")
_ANY_CUE = re.compile("|".join(map(re.escape, _CUES)))  # (one search: faster than a test of each cue in turn)


def read_bounds(text: str, code: str) -> str:
    """`text` (normalised) with its bounds on figures said the one way."""
    if code != "en" or not _ANY_CUE.search(text):
        return text
    return _BOUND.sub(lambda m: _SAID[m.group(1)], text)
