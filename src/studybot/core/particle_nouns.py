"""An English noun made of a verb and its particle, said as the phrasal verb ("an outbreak of cholera" / "cholera
broke out", "a breakdown of the pump" / "the pump broke down", "prevent backflow" / "stop blood flowing back",
"runoff from the fields" / "water ran off the fields"): a rule of English word-making, nothing of one text.

A keypoint's word of WordNet written as a verb lemma and a particle ("breakdown", "runoff"), or as a particle and a
verb lemma where the point uses it as a noun (after a determiner, before "of" or last: "upheld the ruling",
"outran the hounds" are verbs of other meanings than "held up", "ran out"), is met by that verb (any form) with the
particle right after it in the answer ("back" also as "backward(s)"). A phrasal verb of one meaning, which the
answer's preparing reads as that verb (`lexicon_phrasal`: "broke out" is "begin"), is met as that verb. The answer's
verb is the position found, so negation, roles and clauses are checked on it as on any word. Never for a word that
must be said exactly, nor a word of the pack's own `synonyms` (`meaning._or_phrasal`); "shut down" / "shutdown"
written as one word is met already (`Want.joins`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from . import wordnet
from .lexicon_phrasal import PHRASAL_VERBS

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["particle_verb", "said_as_phrasal_verb"]

# adverb particles that make a noun with a verb, before it ("outbreak", "backflow") or after it ("breakdown",
# "runoff"); "under" and "over" before a verb make verbs of another meaning ("undergo", "overcome"): left out
_BEFORE = ("back", "out", "in", "up", "down", "off")
_AFTER = ("out", "up", "down", "off", "back", "away", "over", "through")
_SAYS = {"back": frozenset(("back", "backward", "backwards"))}
_DETERMINERS = frozenset("a an the its their his her our your this that these those no any".split())
_SHORTEST_VERB = 2  # letters of the verb part ("go", "run", "put")


@cache
def particle_verb(noun: str) -> tuple[frozenset[str], str, bool] | None:
    """The verb lemmas and particle an English word of WordNet is made of, and whether the particle comes first
    ("outbreaks": ({break}, out, True), "runoff": ({run}, off, False)), or None."""
    for lemma in sorted(w for w in (noun, *wordnet.detached(noun, ("n",))) if wordnet.fields(w) is not None):
        for particle in _AFTER:
            rest = lemma[:-len(particle)]
            if lemma.endswith(particle) and len(rest) >= _SHORTEST_VERB and (verbs := wordnet.base_forms(rest, "v")):
                return verbs, particle, False
        for particle in _BEFORE:
            rest = lemma[len(particle):]
            if lemma.startswith(particle) and len(rest) >= _SHORTEST_VERB and (verbs := wordnet.base_forms(rest, "v")):
                return verbs, particle, True
    return None


def _noun_at(phrase: Prepared, word: str) -> bool:
    """Is the word a noun where the point says it: after a determiner, or before "of" or at the end (a verb
    written with its particle before it, "outran", "upheld", "upset", takes its object after it)?"""
    words = phrase.words
    return any(w == word and (i and words[i - 1] in _DETERMINERS or i + 1 == len(words) or words[i + 1] == "of")
               for i, w in enumerate(words))


def said_as_phrasal_verb(want: Want, phrase: Prepared, answer: Prepared, avoid: frozenset[str]) -> tuple[int, int]:
    """(0, position of the verb) of an answer's phrasal verb that says a point's particle noun, or (-1, -1)."""
    made = particle_verb(want.word) if answer.lang.code == "en" and want.word.isalpha() else None
    if made is None:
        return -1, -1
    verbs, particle, first = made
    if first and not _noun_at(phrase, want.word):
        return -1, -1
    says = _SAYS.get(particle, frozenset((particle,)))
    # a phrasal verb of one meaning is read as that verb when the answer is prepared ("broke out": "begin")
    meant = frozenset(PHRASAL_VERBS[said] for said in (f"{verb} {particle}" for verb in verbs) if said in PHRASAL_VERBS)
    words = answer.words
    for j in range(len(words)):
        if answer.stems[j] in avoid:
            continue
        lemmas = wordnet.base_forms(words[j], "v")
        if j + 1 < len(words) and words[j + 1] in says and answer.clauses[j + 1] == answer.clauses[j] \
                and not verbs.isdisjoint(lemmas) or not meant.isdisjoint(lemmas):
            return 0, j
    return -1, -1
