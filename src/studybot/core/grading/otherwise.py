"""What would happen otherwise, said with "otherwise", "or else", "without it", "иначе", "в противном случае",
"без этого" and the conditional (issue #11): "otherwise the count would double" says what keeps the count from
doubling, as "the count would not double" does; "иначе число удваивалось бы" as "число не удваивалось бы". Read as
a first reading of the answer, before its words as written: a wording in the conditional itself ("the rats would
eat the grain") is still made by "otherwise the rats would eat the grain" as written. Rules of English and Russian (the
conditional's word, the words that say "if not"), not words of a text."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from ..matching import Match, Prepared, find_phrase

__all__ = ["otherwise_reading"]

# "otherwise X would V" -> "X would not V"; "иначе X V бы" -> "X не V бы" (the opener dropped, the conditional negated)
_EN = re.compile(r"\b(?:otherwise|or else|without (?:it|this|that|them)),?\s+([^.;:!?]*?\b(?:would|could|might))\b")
_RU = re.compile(r"(?<!\w)(?:иначе|в противном случае|без (?:этого|него|нее|неё|них)),?\s+([^.;:!?]*?)"
                 r"(?<!\w)([^\W\d_]+)((?: в \d+(?:\.\d+)? раза?)? (?:бы|б))(?!\w)")  # ("выросло в 2 раза бы")
_HINTS = {"en": ("otherwise", "or else", "without"), "ru": ("иначе", "противном", "без ")}


def _flipped(text: str, code: str) -> str | None:
    """The answer with each "otherwise" clause said as the negation it implies (None: it has none)."""
    if code not in _HINTS or not any(h in text for h in _HINTS[code]):
        return None
    out = _EN.sub(r"\1 not", text) if code == "en" else _RU.sub(r"\1не \2\3", text) if code == "ru" else text
    return out if out != text else None


def otherwise_reading(ref: Prepared, got: Prepared, skip: frozenset[str], negation: bool | None,
                      prep: Callable[[str], Prepared]) -> Match | None:
    """A wording made by the answer read with its "otherwise" clauses negated, the positions mapped back onto the
    answer's words; None when the answer has no such clause or the wording is not made so (then the answer is read
    as written). Tried first: "without this it would double" is read so, not as a denial of "this"."""
    text = _flipped(got.text, got.lang.code)
    if text is None or not ref.content():
        return None
    other = prep(text)
    match = find_phrase(ref, other, skip=skip, negation=negation)
    if match is None:
        return None
    places: dict[int, int] = {}
    for block in SequenceMatcher(a=other.words, b=got.words, autojunk=False).get_matching_blocks():
        places.update({block.a + k: block.b + k for k in range(block.size)})
    if any(p not in places for p in match.positions):
        return None
    return match._replace(positions=tuple(places[p] for p in match.positions))
