"""A Russian superlative said otherwise: "самые сильные ветры?" is answered by "ветры дуют сильнее всего", "самые
холодные ветры?" by "холоднейшие ветры".

Russian makes a superlative three ways: "самый" (or "наиболее") with the adjective ("самые слабые"), the comparative
with "всего" or "всех" ("слабее всего", "теплее всех"), and the adjective in "-ейший" / "-айший" ("холоднейший",
"крупнейший"). Each gets one key, of the adjective's stem, in the question (on the unit of its "самый") and in a
passage, so a question's "самые сильные" is met by "сильнее всего" and not by "самые слабые", nor by a superlative
of another adjective ("самые высокие горы?" is not "холоднейшие ветры с гор"). Comparatives whose stem alternates
("дороже", "глубже") are not read. No word of a text: the comparative's ending and the superlative's suffix."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Unit
    from .words import Words

__all__ = ["SUPERLATIVE_KEY", "superlative_keys", "superlatives_asked"]

SUPERLATIVE_KEY = "zsup"  # + the stem of an adjective said in the superlative
_COMPARATIVE = re.compile(r"(\w{3,})ее")  # "слабее", "сильнее", "теплее"
_BY_ALL = frozenset(("всего", "всех"))  # after a comparative: of all
_SUFFIXED = re.compile(r"(\w{3,})[еа]йш(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем)")  # "холоднейшие"
_MARKERS = re.compile(r"сам(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ом|ыми)|наиболее")  # "самые слабые"


def _said(tokens: list[str], words: Words) -> list[tuple[int, str]]:
    """(the position of its marker or word, the adjective's stem) of each superlative of a text's words."""
    found: list[tuple[int, str]] = []
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if _MARKERS.fullmatch(token) and after.isalpha():
            found.append((i, words.stem(after)))
        elif after in _BY_ALL and (comparative := _COMPARATIVE.fullmatch(token)):
            found.append((i, comparative.group(1)))
        elif suffixed := _SUFFIXED.fullmatch(token):
            found.append((i, suffixed.group(1)))
    return found


def superlative_keys(tokens: list[str], words: Words) -> set[str]:
    """The keys of the superlatives a Russian passage (its words, normalised) says; none in other languages."""
    return {SUPERLATIVE_KEY + stem for _, stem in _said(tokens, words)} if words.code == "ru" else set()


def superlatives_asked(units: list[Unit], tokens: list[str], words: Words) -> list[Unit]:
    """The units of a question (its words, normalised), the unit of a "самый" with the key of its adjective."""
    if words.code != "ru":
        return units
    asked = {tokens[i]: SUPERLATIVE_KEY + stem for i, stem in _said(tokens, words) if _MARKERS.fullmatch(tokens[i])}
    return [replace(u, strong=u.strong | {asked[u.text]}) if u.text in asked else u for u in units]
