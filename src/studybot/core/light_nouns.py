"""An English point of a light verb and its noun ("holds hearings", "makes a decision", "gives evidence") made by the
noun alone, as answers that list things name them ("hearings and a decision"): the light verb says little of its own
(`lexicon_phrasal.LIGHT_VERBS`, and "hold", "conduct", "perform" of an event), the noun says what is done. Only
where the answer says no verb of its own before the noun: "refused a decision", "took evidence" say another act and
stay wrong, and so do the noun's other checks (negation, direction). The noun is one of WordNet, or a word it does
not know with no verb's ending ("holds a markup" / "markup"). For `meaning.same_meaning_in`, a point's light
verb not found otherwise. A rule of English, no word of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import wordnet
from .lexicon_phrasal import LIGHT_VERBS

if TYPE_CHECKING:
    from .matching import Prepared, Want

__all__ = ["light_verb_unsaid"]

# the light verbs of a point whose noun an answer may name alone (not "go", "come", "put", "keep", "get", "set": their
# noun is a place or a state, "went home", "kept quiet"), and the verbs that hold or perform an event
_EVENT_VERBS = frozenset("hold holds held holding conduct conducts conducted conducting perform performs performed "
                         "performing".split())
_LIGHT = frozenset(w for w in LIGHT_VERBS if w[:2] in ("ma", "ta", "gi", "ga", "ha", "do", "di")) | _EVENT_VERBS
# what may stand between an answer's noun and the start of its clause or a joining word
_BEFORE = frozenset("a an the and or its their his her our some several new".split())


def light_verb_unsaid(want: Want, phrase: Prepared, answer: Prepared) -> tuple[int, int]:
    """(0, position of the answer's noun) when `want` is a point's light verb whose noun the answer names with no verb
    of its own, else (-1, -1)."""
    if want.word not in _LIGHT or want.word not in phrase.words:
        return -1, -1
    i = phrase.words.index(want.word)
    content = phrase.content()
    k = next((c for c in content if c > i), None)
    if k is None or phrase.clauses[k] != phrase.clauses[i] or not _noun(phrase.words[k]):
        return -1, -1
    for j in answer.content():
        if answer.stems[j] == phrase.stems[k] and _bare(answer, j):
            return 0, j
    return -1, -1


def _noun(word: str) -> bool:
    """Is the word a noun of WordNet, or a word it does not know that has no verb's ending ("markup")?"""
    if wordnet.base_forms(word, "n"):
        return True
    return wordnet.fields(word) is None and not word.endswith(("ed", "ing")) and not wordnet.base_forms(word, "v")


def _bare(answer: Prepared, j: int) -> bool:
    """Does the noun at j open its clause, or follow only articles, possessives and joining words there?"""
    before = j - 1
    while before >= 0 and answer.clauses[before] == answer.clauses[j] and answer.words[before] in _BEFORE:
        before -= 1
    return before < 0 or answer.clauses[before] != answer.clauses[j] or answer.words[before + 1] in ("and", "or")
