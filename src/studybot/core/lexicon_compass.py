"""The four points of the compass in English and Russian, as adjective, adverb or noun in any of their forms
("western", "westerly", "westward"; "западный", "на запад", "с юга", "южнее"): read by the grader
(`grading.kind_swaps`: one point in place of another) and the tutor (`tutor.sides`: a question about one point that a
passage says otherwise). A compound ("north-west", "юго-запад") is read as its two words ("юго", "северо" the first).
General language, no text's words."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["compass_point"]

_POINTS = {"north": re.compile(r"north(?:ern|erly|erlies|wards?)?|север(?:а|у|ом|е|о|н\w{0,4})?"),
           "south": re.compile(r"south(?:ern|erly|erlies|wards?)?|юг(?:а|у|ом|е|о)?|южн\w{0,4}"),
           "east": re.compile(r"east(?:ern|erly|erlies|wards?)?|восток(?:а|у|ом|е|о)?|восточн\w{0,4}"),
           "west": re.compile(r"west(?:ern|erly|erlies|wards?)?|запад(?:а|у|ом|е|о|н\w{0,4})?")}


@lru_cache(maxsize=8192)
def compass_point(word: str) -> str:
    """The point of the compass a word says ("south" of "southern" or "южного"), or ""."""
    return next((point for point, forms in _POINTS.items() if forms.fullmatch(word)), "")
