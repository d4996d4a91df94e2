"""Slips the typo tolerance of words decides by rules of the language, not of one text.

- A slip on top of a spelling variant is still one slip: "unfertilzed" is "unfertilised" (or "-ized") with
  one letter left out; English writes -ise and -ize (-yse and -yze) alike, so z and s are folded first.
  So is a slip on top of a doubled letter in a long English word: British and American spellings differ in them
  ("tranquillity" / "tranquility", "travelled" / "traveled"), so "tranquilty" is one slip.
- In a word of four letters two neighbouring letters swapped, the first kept, are a slip when one of the two is no
  word of the language ("wrod" for "word"); "form" / "from", "bolt" / "blot" are two words.
- In a word of five letters one letter put for another is a typo only when a learner could have hit or heard
  it instead (`typos.plausible_typo`): "Лайма" is another word, no slip of "Лайка" (м and к are neither near
  on the keyboard nor alike in sound), while "Лайкa", "лаика" and "Fance" stay slips.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from . import wordnet, wordnet_ru
from .typos import plausible_typo

__all__ = ["SHORT_WORD", "short_slip", "swapped_short", "variant_slip"]

SHORT_WORD = 5  # letters of the shortest words a typo is forgiven in (`language.typo_limit`)


_DOUBLED = re.compile(r"(\w)\1")


def variant_slip(want: str, have: str, code: str) -> bool:
    """Is `have` one slip from `want` once English -ise/-ize spellings are folded ("unfertilzed"), or once doubled
    letters are written single, as British and American spellings differ in them ("tranquilty" for "tranquillity":
    one slip from "tranquility"; "travelled" / "traveled"), in a long word?"""
    if code != "en" or want[:1] != have[:1] or len(want) < 6:
        return False
    if len(want) >= 8 and _DOUBLED.search(want + have) and \
            OSA.distance(_DOUBLED.sub(r"\1", want), _DOUBLED.sub(r"\1", have), score_cutoff=1) <= 1:
        return True
    if "z" not in want and "z" not in have:
        return False
    a, b = want.replace("z", "s"), have.replace("z", "s")
    return OSA.distance(a, b, score_cutoff=1) <= 1


def short_slip(want: str, have: str) -> bool:
    """May a word one edit from a short word `want` be a typo of it: any edit of a longer word, a letter
    left out, added or swapped, or one a learner could have hit or heard instead?"""
    return len(want) > SHORT_WORD or len(have) != len(want) or plausible_typo(have, want)


def swapped_short(want: str, have: str, code: str) -> bool:
    """Is `have` a word (or stem) of four letters with two neighbouring letters of `want` swapped, the first kept,
    one of the two no word of the language ("wrod" / "word"; not "form" / "from")?"""
    if len(want) != 4 or len(have) != 4 or want[0] != have[0] or want == have or not (want + have).isalpha():
        return False
    if sorted(want) != sorted(have) or sum(a != b for a, b in zip(want, have, strict=True)) != 2:
        return False
    i = next(k for k in range(4) if want[k] != have[k])
    if i == 3 or want[i] != have[i + 1] or want[i + 1] != have[i]:
        return False  # (two letters apart: no neighbours swapped)
    known = wordnet.known if code == "en" else wordnet_ru.in_wiktionary if code == "ru" else None
    return known is not None and not (known(want) and known(have))
