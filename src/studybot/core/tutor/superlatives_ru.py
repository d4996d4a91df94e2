"""A Russian superlative said otherwise: "самые сильные ветры?" is answered by "ветры дуют сильнее всего", "самые
холодные ветры?" by "холоднейшие ветры".

Russian makes a superlative three ways: "самый" (or "наиболее") with the adjective ("самые слабые"), the comparative
with "всего" or "всех" ("слабее всего", "теплее всех"), and the adjective in "-ейший" / "-айший" ("холоднейший",
"крупнейший"). Each gets one key, of the adjective's stem, in the question (on the unit of its "самый") and in a
passage, so a question's "самые сильные" is met by "сильнее всего" and not by "самые слабые", nor by a superlative
of another adjective ("самые высокие горы?" is not "холоднейшие ветры с гор"). Comparatives whose stem alternates
("дороже", "глубже") are not read. No word of a text: the comparative's ending and the superlative's suffix.

"Самый" makes a superlative of the adjective after it only ("как самому найти X?" asks none), and of the one joined to
it by "и" too ("самый сильный и опасный ветер" answers "самый опасный ветер?"); "-айший" after "ч", "ж", "ш" is said
of a stem in "к", "г", "х" ("высочайший" is "самый высокий"), and "наи-...-ший" is one too ("наибольшая глубина" answers
"самая большая глубина?"). A question asking a superlative is answered only by a passage that says it, of the
adjective asked or of one of its synonyms, itself or in a sentence next to it (which the reply may join): "какой
самый высокий вулкан в мире?" is not answered by "самый громкий звук в истории" nor by "закаты по всему миру"
(`superlative_unsaid`).

Measured in round 39 for English (on every set's replies at its start; a decline wherever the rule would fire) and left
out: a superlative asked ("the largest X", "the most") with no superlative, "record", "first" or "only" in the reply:
held out 0 declined, -1 answered (development +1, -4, fresh sets 0, -2: "much of the X" answers "which got most of X?",
"more than any other" one of "the most").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..wordnet_ru import synonyms

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc, Library
    from .words import Words

__all__ = ["SUPERLATIVE_KEY", "superlative_keys", "superlative_unsaid", "superlatives_asked"]

SUPERLATIVE_KEY = "zsup"  # + the stem of an adjective said in the superlative
_COMPARATIVE = re.compile(r"(\w{3,})ее")  # "слабее", "сильнее", "теплее"
_BY_ALL = frozenset(("всего", "всех"))  # after a comparative: of all
_SUFFIXED = re.compile(r"(\w{3,})[еа]йш(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем)")  # "холоднейшие"
_MARKERS = re.compile(r"сам(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ом|ыми)|наиболее")  # "самые слабые"
_NAI = re.compile(r"наи(\w{2,}ш)(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем)")  # "наибольшая": "больш"
_ADJECTIVE = re.compile(r"\w{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими)")
_ALTERNATED = {"ч": "к", "ж": "г", "ш": "х"}  # "высочайший": "высок", "строжайший": "строг", "тишайший": "тих"


def _said(tokens: list[str], words: Words) -> list[tuple[int, str]]:
    """(the position of its marker or word, the adjective's stem) of each superlative of a text's words."""
    found: list[tuple[int, str]] = []
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if _MARKERS.fullmatch(token) and _ADJECTIVE.fullmatch(after):
            found.append((i, words.stem(after)))
            joined = tokens[i + 3] if i + 3 < len(tokens) and tokens[i + 2] == "и" else ""
            if _ADJECTIVE.fullmatch(joined):  # "самый сильный и опасный"
                found.append((i, words.stem(joined)))
        elif after in _BY_ALL and (comparative := _COMPARATIVE.fullmatch(token)):
            found.append((i, comparative.group(1)))
        elif suffixed := _SUFFIXED.fullmatch(token):
            stem = suffixed.group(1)
            found.append((i, stem[:-1] + _ALTERNATED[stem[-1]] if stem[-1] in _ALTERNATED else stem))
        elif nai := _NAI.fullmatch(token):
            found.append((i, nai.group(1)))
    return found


def superlative_keys(tokens: list[str], words: Words) -> set[str]:
    """The keys of the superlatives a Russian passage (its words, normalised) says; none in other languages."""
    return {SUPERLATIVE_KEY + stem for _, stem in _said(tokens, words)} if words.code == "ru" else set()


def superlatives_asked(units: list[Unit], tokens: list[str], words: Words) -> list[Unit]:
    """The units of a question (its words, normalised), the unit of a "самый" with the key of its adjective."""
    if words.code != "ru":
        return units
    asked: dict[str, set[str]] = {}
    for i, stem in _said(tokens, words):
        if _MARKERS.fullmatch(tokens[i]):
            asked.setdefault(tokens[i], set()).add(SUPERLATIVE_KEY + stem)
    return [replace(u, strong=u.strong | asked[u.text]) if u.text in asked else u for u in units]


def _superlatives(keys: frozenset[str]) -> set[str]:
    return {k[len(SUPERLATIVE_KEY):] for k in keys if k.startswith(SUPERLATIVE_KEY)}


def superlative_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a Russian question ask a superlative ("самый высокий") that neither a passage nor a sentence next to it
    says, of that adjective or of a synonym of it ("крупнейший" for "самый большой")?"""
    asked = set().union(*(_superlatives(u.strong) for u in q.units))
    if not asked or library.words.code != "ru":
        return False
    said = set().union(*(_superlatives(d.keys) for d in (doc, *library.neighbours(doc))))
    return not any(stem in said or synonyms(stem, ("a",)) & said for stem in asked)
