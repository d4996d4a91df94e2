"""The four points of the compass in English and Russian, as adjective, adverb or noun in any of their forms
("western", "westerly", "westward"; "западный", "на запад", "с юга", "южнее"): read by the grader
(`grading.kind_swaps`: one point in place of another) and the tutor (`tutor.sides`: a question about one point that a
passage says otherwise). A compound ("north-west", "юго-запад") is read as its two words ("юго", "северо" the first).
General language, no text's words."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["COMPASS_ABBREVIATIONS", "compass_point"]

# the points of the compass between the eight, by the letters learners (and maps, and weather reports) write for
# them: "WSW" is "west-south-west", "ЮЗ" "юго-запад" (the four main points, one letter each, are left as written: "E"
# and "W" are letters of too much else; the four between them are `lexicon.ABBREVIATIONS` in English; Russian "СВ"
# is also "святой" and "свойство", so the north-east stays written out)
_EN = {"n": "north", "e": "east", "s": "south", "w": "west"}
_RU_FIRST = {"с": "северо", "ю": "юго", "в": "восток", "з": "запад"}  # "северо-северо-восток", "восток-северо-восток"
_RU_LAST = {"с": "север", "ю": "юг", "в": "восток", "з": "запад"}


def _english(letters: str) -> str:
    return " ".join(_EN[c] for c in letters)


def _russian(letters: str) -> str:
    return " ".join((*(_RU_FIRST[c] for c in letters[:-1]), _RU_LAST[letters[-1]]))


COMPASS_ABBREVIATIONS: dict[str, dict[str, str]] = {
    "en": {k: _english(k) for k in ("nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw")},
    "ru": {k: _russian(k) for k in ("сз", "юз", "юв", "ссв", "ссз", "ююв", "ююз", "всв", "вюв", "зсз", "зюз")},
}

_POINTS = {"north": re.compile(r"north(?:ern|erly|erlies|wards?)?|север(?:а|у|ом|е|о|н\w{0,4})?"),
           "south": re.compile(r"south(?:ern|erly|erlies|wards?)?|юг(?:а|у|ом|е|о)?|южн\w{0,4}"),
           "east": re.compile(r"east(?:ern|erly|erlies|wards?)?|восток(?:а|у|ом|е|о)?|восточн\w{0,4}"),
           "west": re.compile(r"west(?:ern|erly|erlies|wards?)?|запад(?:а|у|ом|е|о|н\w{0,4})?")}


@lru_cache(maxsize=8192)
def compass_point(word: str) -> str:
    """The point of the compass a word says ("south" of "southern" or "южного"), or ""."""
    return next((point for point, forms in _POINTS.items() if forms.fullmatch(word)), "")
