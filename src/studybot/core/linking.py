"""A quality said through a sense: "the tea tastes less bitter", "the leaves looked yellow", "it feels colder" say
what "the tea is less bitter", "the leaves were yellow", "it is colder" say, so a point's verb of the senses is
made by the copula and the copula by it (the grader's reading, `preparing.read`); and a quality denied its equal
degree is its lesser one ("not so bitter", "not as bitter": "less bitter"). Only before a word WordNet knows
as an adjective (a comparative too), never before a particle ("looks after", "feels around": other verbs); the verbs
and particles are the language's (`lexicon_phrasal.SENSE_VERBS`), none of a text. A verb made of an adjective by
"-en" is becoming so, where no object follows ("the leaves soften": "become soft"; `become_for_en_verbs`)."""

from __future__ import annotations

import re

from . import wordnet
from .lexicon_phrasal import EN_VERBS_BECOMING, SENSE_PARTICLES, SENSE_VERBS

__all__ = ["become_for_en_verbs", "not_so_as_less", "senses_as_copula"]

_NOT_SO = re.compile(r"\bnot (?:so|as) ([a-z]+)\b(?! as\b)")
_NOT_SO_KEPT = frozenset(("much", "many", "far", "long", "soon", "often", "well", "such"))  # "not so much X as Y"
_EN_VERB = re.compile(r"\b(" + "|".join(sorted(EN_VERBS_BECOMING, key=len, reverse=True)) + r")\b(?! (?:the|a|an|this|"
                      r"that|these|those|his|her|its|their|our|my|your|them|it|him|us|me|some|any|each|every)\b)")
_SENSED = re.compile(r"\b(" + "|".join(sorted(SENSE_VERBS, key=len, reverse=True)) + r")\s+([a-z]+)\b")


def _quality(word: str) -> bool:
    return word not in SENSE_PARTICLES and bool(wordnet.base_forms(word, "a"))


_SENSE_CUES = re.compile("tast|smel|look|sound|feel|felt")  # a piece of every verb of the senses (one search)


def senses_as_copula(text: str) -> str:
    """`text` (normalised English) with a verb of the senses before a quality read as the copula."""
    if not _SENSE_CUES.search(text):
        return text
    return _SENSED.sub(lambda m: f"{SENSE_VERBS[m.group(1)]} {m.group(2)}" if _quality(m.group(2)) else m.group(0),
                       text)


def not_so_as_less(text: str) -> str:
    """`text` (normalised English) with a quality denied its equal degree read as its lesser degree: "not so bitter",
    "not as bitter" are "less bitter"; never "not so much", "not as far", "not as well" (other idioms), and not with a
    second term ("not as light as X" is left as it was: a plate-tectonics answer, "isn't as buoyant as oceanic
    crust", then made a point "lighter and more buoyant", whose directions its clauses split)."""
    if "not so " not in text and "not as " not in text:
        return text
    return _NOT_SO.sub(lambda m: f"less {m.group(1)}" if m.group(1) not in _NOT_SO_KEPT and _quality(m.group(1))
                       else m.group(0), text)


def become_for_en_verbs(text: str) -> str:
    """`text` (normalised English) with a verb made of an adjective by "-en" read as becoming so, where no object
    follows: "the leaves soften" is "the leaves become soft" (`lexicon_phrasal.EN_VERBS_BECOMING`)."""
    if "en" not in text:
        return text
    return _EN_VERB.sub(lambda m: EN_VERBS_BECOMING[m.group(1)], text)
