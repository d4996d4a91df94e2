"""A slip in a short word of a name, the name's other words all given: "sir robert peal" for "Sir Robert Peel",
"Jani Bek" for "Jani Beg". A word of three to five letters is too short for typo tolerance on its own ("fell" is no
slip of "fall"), but inside a name whose other words the answer gives as written, one letter put for another that
a learner could have hit or heard instead (`typos.plausible_typo`), or two swapped, is a slip of that name. Only a
name of two words or more written with capitals in the wording, never an acronym ("EEC" is no "OEEC"); only one
word mended; never a word the answer gives as written elsewhere in the wording. English and Russian names alike:
a rule of spelling, no name of a text."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from ..matching import Prepared
from ..typos import plausible_typo

__all__ = ["mended_name_word"]

NAME_SLIP = (3, 5)  # letters of a name's word a slip is forgiven in here (longer ones have typo tolerance)


def mended_name_word(ref: Prepared, got: Prepared) -> str | None:
    """The answer with a slip of a short word of the wording's name mended, or None."""
    names = [i for i in ref.content() if ref.words[i] in ref.capitalised and ref.words[i].isalpha()
             and ref.words[i] not in ref.exact]  # (an acronym's letters are the name: "EEC" is no "OEEC")
    if len({ref.words[i] for i in names}) < 2:
        return None  # (a name of one word has nothing around it to say which name is meant)
    said = set(got.words)
    short = [j for j in got.content() if NAME_SLIP[0] <= len(got.words[j]) <= NAME_SLIP[1]
             and got.words[j].isalpha() and got.words[j] not in ref.words and got.words[j] not in got.exact]
    found = []
    for j in short:
        word = got.words[j]
        near = {ref.words[i] for i in names if ref.words[i] not in said
                and NAME_SLIP[0] <= len(ref.words[i]) <= NAME_SLIP[1] and OSA.distance(word, ref.words[i]) == 1
                and plausible_typo(word, ref.words[i])}
        if len(near) == 1:
            found.append((j, near.pop()))
    if len(found) != 1:
        return None
    j, mended = found[0]
    if any(ref.words[i] not in said for i in names if ref.words[i] != mended):
        return None  # every other word of the name given as written
    return " ".join(mended if k == j else w for k, w in enumerate(got.words))
