"""A word of no language table: a name the learner did not capitalise ("belaruskali", "grodnoazot"; English).

A question's word the pack does not know weighs less than a rare word when it is a word of the language (it may say
in other words what the text says), and as a name the pack lacks when capitalised (`Analyser._word_unit`). A learner
types names in lower case too: "did the us lift sanctions on belaruskali?" asks of a thing the text never names, as
"... on Belaruskali?" does. So a lower-case word the language's table does not list (every word of the English
lexical table, `wordnet`, in any of its fields, and the forms WordNet detaches to one, and one of those after a
prefix; the pack's and the lexicon's synonym groups; the stop words and connectives) that is no typo of one of those
words nor of the pack's own either (one edit, two from `TWO_EDITS_FROM` letters) is read as a name the pack does not
know. Only long words: a short one is too likely a typo of a word the table lacks. Tried and left out (round 26):
Russian too, by the stems of its table (`wordnet_ru`): its 10,000 stems of frequent words leave out common words
("микроскоп", "углевод", "застрял"), read as names: 20 questions answered fewer, 3 declined more."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .. import wordnet

if TYPE_CHECKING:
    from .words import Words

__all__ = ["coined"]

MIN_COINED = 7  # letters of a lower-case word that may be read as a name
TWO_EDITS_FROM = 9  # letters of a word that may be two edits from the listed word it misspells
_LETTERS = re.compile(r"[a-z]+")
# prefixes that make a word of a listed one ("coauthored", "reelected", "nonmember")
_PREFIXES = ("co", "re", "un", "non", "pre", "post", "anti", "counter", "over", "under", "mis", "sub", "inter", "semi",
             "multi", "self", "ex", "de", "dis", "out", "trans", "super", "hyper", "micro", "macro", "mega", "ultra",
             "tele", "auto", "bio", "geo", "electro", "photo", "hydro", "thermo", "neo", "proto", "mono", "poly", "bi",
             "tri", "pro", "mid", "cross")
MIN_PART = 3  # letters of each of two listed words a compound is written as


def coined(word: str, words: Words, pack: tuple[Collection[str], ...] = ()) -> bool:
    """Is a lower-case word no word of the pack's language nor of the pack (`pack`: its words, names, stems),
    nor a typo of one: a name the learner did not capitalise? (English only: see the module's note.)"""
    if words.lang.code != "en" or len(word) < MIN_COINED or not word.isalpha() or not word.islower() \
            or word in words.stop or words.in_lexicon(word):
        return False
    listed = _english()
    if _known(word, listed) or any(word.startswith(p) and _known(word[len(p):], listed) for p in _PREFIXES) or any(
            word[:i] in listed and _known(word[i:], listed) for i in range(MIN_PART, len(word) - MIN_PART + 1)):
        return False  # "co-authored", "transatlantic", "codebook"
    cutoff = 2 if len(word) >= TWO_EDITS_FROM else 1
    return all(process.extractOne(word, pool, scorer=OSA.distance, score_cutoff=cutoff) is None
               for pool in (listed, words.stop, words.lang.lex.connectives, *pack))  # "becuase", "penicilin"


def _known(rest: str, listed: frozenset[str]) -> bool:
    return len(rest) >= MIN_PART and (rest in listed or any(base in listed for base in wordnet.detached(rest)))


@cache
def _english() -> frozenset[str]:
    """Every word the English lexical table lists, as a headword or in any of its fields."""
    found: set[str] = set()
    for head, rest in wordnet.table().items():
        found.update(_LETTERS.findall(head))
        found.update(_LETTERS.findall(rest))
    return frozenset(found)
