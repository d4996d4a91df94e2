"""A quality said through a sense: "the tea tastes less bitter", "the leaves looked yellow", "it feels colder" say
what "the tea is less bitter", "the leaves were yellow", "it is colder" say, so a point's verb of the senses is
made by the copula and the copula by it (the grader's reading, `preparing.read`); and a quality denied its equal
degree is its lesser one ("not so bitter", "not as bitter": "less bitter"). Only before a word WordNet knows
as an adjective (a comparative too), never before a particle ("looks after", "feels around": other verbs); the verbs
and particles are the language's (`lexicon_phrasal.SENSE_VERBS`), none of a text. A verb made of an adjective by
"-en" is becoming so, where no object follows ("the leaves soften": "become soft"; `become_for_en_verbs`). A quality
found out is a quality had: "the tower proved useful", "proved to be useful", "turned out (to be) useful" are "was
useful" (not "proved the theorem", "turned out the light")."""

from __future__ import annotations

import re

from . import wordnet
from .lexicon_phrasal import (
    EN_COMPARATIVES_BECOMING,
    EN_PARTICIPLES,
    EN_VERBS_BECOMING,
    SENSE_PARTICLES,
    SENSE_VERBS,
)

__all__ = ["become_for_en_verbs", "not_so_as_less", "senses_as_copula"]

_NOT_SO = re.compile(r"\bnot (?:so|as) ([a-z]+)\b(?! as\b)")
_NOT_SO_KEPT = frozenset(("much", "many", "far", "long", "soon", "often", "well", "such"))  # "not so much X as Y"
_EN_VERB = re.compile(r"\b(" + "|".join(sorted(EN_VERBS_BECOMING, key=len, reverse=True)) + r")\b(?! (?:the|a|an|this|"
                      r"that|these|those|his|her|its|their|our|my|your|them|it|him|us|me|some|any|each|every)\b)")
# a verb of making or becoming before one of those adjectives' comparatives, or a run of them ("made deeper and
# wider"), with no object between: the "-en" verbs' becoming ("became deep and became wide")
_COMPARATIVE = "|".join(sorted(EN_COMPARATIVES_BECOMING, key=len, reverse=True))
_MADE_MORE = re.compile(r"\b(?:make|makes|made|making|get|gets|got|getting|grow|grows|grew|grown|growing|become|"
                        rf"becomes|became|becoming) ((?:{_COMPARATIVE})(?:(?:,| and| or|, and) (?:{_COMPARATIVE}))*)\b")
# an "-en" verb's participle after a word that opens a noun phrase and before a noun: the adjective ("with weakened
# immune systems": "with weak immune systems"; not "they weakened the walls", a deed)
_PARTICIPLE = re.compile(r"\b(a|an|the|with|of|their|its|his|her|our|these|those|some|many|and) ("
                         + "|".join(sorted(EN_PARTICIPLES, key=len, reverse=True)) + r") (?=[a-z]{3,})(?!by\b)")
_SENSED = re.compile(r"\b(" + "|".join(sorted(SENSE_VERBS, key=len, reverse=True)) + r")\s+([a-z]+)\b")


def _quality(word: str) -> bool:
    return word not in SENSE_PARTICLES and bool(wordnet.base_forms(word, "a"))


_SENSE_CUES = re.compile("tast|smel|look|sound|feel|felt|prov|turn")  # a piece of every verb (one search)
# what is found out to be so is so: "proved to be useful", "turned out to be useful", "turned out useful": "was useful"
_TURNED_OUT = re.compile(r"\b(?:(prove|proves|proved|proven|proving) to be|(turn|turns|turned|turning) out(?: to be)?)"
                         r" ([a-z]+)\b")
_TURNED = {"turn": "be", "turns": "is", "turned": "was", "turning": "being"}  # (the forms of "prove": SENSE_VERBS)


def senses_as_copula(text: str) -> str:
    """`text` (normalised English) with a verb of the senses before a quality read as the copula."""
    if not _SENSE_CUES.search(text):
        return text
    if " to be " in text or " out " in text:
        text = _TURNED_OUT.sub(lambda m: f"{SENSE_VERBS.get(m.group(1)) or _TURNED[m.group(2)]} {m.group(3)}"
                               if m.group(0).endswith(" to be " + m.group(3)) or _quality(m.group(3)) else m.group(0),
                               text)
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
    follows: "the leaves soften" is "the leaves become soft" (`lexicon_phrasal.EN_VERBS_BECOMING`), and so is a verb
    of making or becoming before its comparative ("the leaves were made softer", "got softer"); its participle
    before a noun is the adjective ("the weakened wall": "the weak wall")."""
    if "en" not in text and "er" not in text:
        return text
    if "er" in text:  # "the channel was made deeper and wider": "became deep and became wide"
        text = _MADE_MORE.sub(lambda m: " and ".join(f"became {EN_COMPARATIVES_BECOMING[w]}" for w in re.findall(
            r"[a-z]+", m.group(1)) if w in EN_COMPARATIVES_BECOMING), text)
    if "ened " in text:  # "weakened immune systems": "weak immune systems"
        text = _PARTICIPLE.sub(lambda m: f"{m.group(1)} {EN_PARTICIPLES[m.group(2)]} ", text)
    return _EN_VERB.sub(lambda m: EN_VERBS_BECOMING[m.group(1)], text)
