"""A thing said in place of another, answering a point about replacing: "a power loom instead of the old loom" (or
"rather than", "вместо") says what "a power loom in place of the old loom" ("взамен") says, and is judged by who
replaced whom (`replaced`), not as a denial of the old loom, which "instead of" is elsewhere (`preparing`: "built of
timber instead of stone" is not built of stone). Only for a card whose points say a thing was replaced; a rule of
English and Russian, no word of a text."""

from __future__ import annotations

import re

from .replaced import REPLACING

__all__ = ["as_replacing"]

_MARKS = {"en": re.compile(r"\b(?:instead of|rather than)\b", re.IGNORECASE),
          "ru": re.compile(r"(?<!\w)вместо(?!\w)", re.IGNORECASE)}
_SAID = {"en": "in place of", "ru": "взамен"}  # the same marks, which `preparing` leaves as they are
_WORD = re.compile(r"[^\W\d_]+")


def as_replacing(answer: str, points: tuple[str, ...], language: str) -> str | None:
    """The answer with its "instead of" said as "in place of" when one of `points` (a card's keypoints and their
    wordings) is about replacing; None otherwise."""
    marks, starts = _MARKS.get(language), REPLACING.get(language)
    if marks is None or not starts or not marks.search(answer):
        return None
    if not any(w.startswith(starts) for point in points for w in _WORD.findall(point.casefold())):
        return None
    return marks.sub(_SAID[language], answer)
