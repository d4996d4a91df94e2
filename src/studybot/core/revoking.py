"""Verbs of taking back what was done or offered, per language: "withdrew its offer", "cancelled the order",
"отменили указ", "отозвали посла". Such a verb undoes the rest of its clause, so a point that says one is not made by
an answer that says the rest without it ("the bank offered to fund the bridge" for "the bank withdrew its offer to
fund the bridge", `grading.partly_flips`). Only words any text on any subject uses."""

from __future__ import annotations

from functools import cache

from .language import language

__all__ = ["REVOKING_PARTICLES", "revoking_stems"]

_WORDS = {
    "en": "withdraw withdrew withdrawn withdraws withdrawing cancel cancels cancelled canceled cancelling revoke "
          "revoked revokes retract retracted retracts rescind rescinded rescinds repeal repealed repeals annul "
          "annulled annuls abolish abolished abolishes scrap scrapped scraps",
    "ru": "отказался отказалась отказались отказаться отозвал отозвала отозвали отозвало отозвать отменил "
          "отменила отменили отменило отменить отменяет отменяют аннулировал аннулировала аннулировали "
          "аннулировать расторг расторгла расторгли расторгнуть упразднил упразднила упразднили упразднить",
}

# a verb of going back on a thing said with its particle ("pulled out of", "backed out", "called off", "took back"):
# the verb's words before the particle
REVOKING_PARTICLES = {
    "en": {"out": frozenset("pull pulled pulls pulling back backed backs backing opt opted".split()),
           "off": frozenset("call called calls calling".split()),
           "back": frozenset("take took taken takes taking".split())},
}


@cache  # (read for every point made in part: built once per language, never changed)
def revoking_stems(code: str) -> frozenset[str]:
    """The grader's stems of the language's verbs of taking back."""
    words = _WORDS.get(code)
    if words is None:
        return frozenset()
    lang = language(code)
    return frozenset(lang.lemma_stem(w) for w in words.split())
