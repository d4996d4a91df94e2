"""A slip in a short given name before the card's own surname ("Vess Mitchel" for a person named "Wess Mitchell"):
one letter of a given name of four letters put for another that a learner could have hit or heard instead (v and w
alike in sound, neighbouring keys; `typos.plausible_typo`), when the slip makes no given name of its own. A word of
four letters gets no typo elsewhere (`language.typo_limit`), but before the person's surname it can only be their
given name mistyped; another given name ("Tess", "Jack") stays another person. General rules of names, nothing of
one text."""

from __future__ import annotations

from ..lexicon_given_names import SHORT_FORMS
from ..typos import plausible_typo

__all__ = ["given_slip"]

_SHORT_GIVEN = 4  # letters of the given names this slip is forgiven in (longer words get typos anyway)
_GIVEN = frozenset(SHORT_FORMS) | frozenset(name for names in SHORT_FORMS.values() for name in names)


def given_slip(want: str, have: str) -> bool:
    """Is `have` the card's given name `want` (both in lower case, four letters) with one letter put for another
    that could have been hit or heard instead, and no given name of its own?"""
    if len(want) != _SHORT_GIVEN or len(have) != _SHORT_GIVEN or not (want + have).isalpha() or have in _GIVEN:
        return False
    diff = [i for i, (a, b) in enumerate(zip(want, have, strict=True)) if a != b]
    return len(diff) == 1 and plausible_typo(have, want)
