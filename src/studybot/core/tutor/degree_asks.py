"""Why-questions about a degree ("why was the output so small?", "почему выработка была такой низкой?",
"почему отбирали невысокого роста?"): a text gives the degree by a figure or in other words ("only 40
sacks a day", "ограничен 170 см"), and the reason beside it. An adjective of degree of the general
lexicon (`lexicon_degree.DEGREE_PAIRS`) after a word of "so much" ("so", "такой"), or in Russian in its
form with "не-", weighs as a light word then, as a word of measure does ("how high", "какой высоты").
Not an adjective that says what a thing is ("why did the hard winter hurt industry?", "почему горячая
вода ...?")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..lexicon_degree import DEGREE_PAIRS
from ..text import normalise
from .superlatives_ru import superlatives_asked
from .words import Words

if TYPE_CHECKING:
    from .analysis import Unit

__all__ = ["degrees_light"]

NEGATED_DEGREE = {"ru": "не"}  # "невысокий", "небольшой": a degree too
SO_MUCH = {"en": r"(?:so|such|too)(?:\s+an?)?", "ru": r"(?:так\w{0,3}|столь|настолько|слишком)"}


@lru_cache(maxsize=8)
def _degree_stems(code: str, words: Words) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the adjectives of degree, and of their forms with "не-"."""
    adjectives = {normalise(w) for pair in DEGREE_PAIRS.get(code, ()) for w in pair}
    prefix = NEGATED_DEGREE.get(code, "")
    return (frozenset(words.lang.stem(w) for w in adjectives),
            frozenset(words.lang.stem(prefix + w) for w in adjectives) if prefix else frozenset())


def _of_degree(u: Unit, text: str, stems: tuple[frozenset[str], frozenset[str]], code: str) -> bool:
    """Is a unit an adjective of degree said with "so much", or with "не-"?"""
    if u.light or u.name:
        return False
    plain, negated = stems
    so_much = SO_MUCH.get(code)
    return u.stem in negated or bool(u.stem in plain and so_much and re.search(
        rf"(?<!\w){so_much}\s+{re.escape(u.text)}(?!\w)", text))


def degrees_light(units: list[Unit], text: str, asks: Mapping[Any, re.Pattern[str]], words: Words,
                  light: float) -> list[Unit]:
    """The units of a question (normalised `text`), its adjectives of degree made light when it asks why; a
    superlative's "самый" keyed by its adjective (`superlatives_ru`)."""
    units = superlatives_asked(units, re.findall(r"\w+", text), words)
    reason = asks.get("reason")
    if reason is None or not reason.search(text):
        return units
    code = words.lang.code
    stems = _degree_stems(code, words)
    return [replace(u, weight=u.weight * light, light=True) if _of_degree(u, text, stems, code) else u for u in units]
