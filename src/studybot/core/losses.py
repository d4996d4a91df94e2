"""A thing lost said with any verb of losing or destroying it: "Sweden's military power was undermined" is made by
"Sweden lost its military power", "мощь Швеции подорвана" by "Швеция лишилась военной мощи" or "утратила мощь":
each says there is less of the thing (`grading.structured` reads a point of losing as a fall). Only for a word of
the point that is itself such a verb, met by one in the answer (`meaning.same_meaning_in`); the words of losing
are the language's (`lexicon.Lexicon.losses`, `lexicon_losses`), none of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon_losses import RU_LOSSES

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["lost_alike"]

_EXTRA = {"ru": RU_LOSSES}
_ALL: dict[str, frozenset[str]] = {}  # by language code, worked out once


def _losses(text: Prepared) -> frozenset[str]:
    found = _ALL.get(text.lang.code)
    if found is None:
        found = _ALL[text.lang.code] = text.lang.lex.losses | _EXTRA.get(text.lang.code, frozenset())
    return found


def lost_alike(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position) of an answer's verb of losing for a point's verb of losing not found otherwise, or (-1, -1)."""
    losses = _losses(answer)
    if want.word not in losses:
        return -1, -1
    return next(((0, j) for j in answer.content() if answer.words[j] in losses and answer.stems[j] not in avoid),
                (-1, -1))
