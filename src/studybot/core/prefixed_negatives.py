"""An English adjective denied is the adjective made of it by a negative prefix, where WordNet gives that one as its
antonym: "not relevant" is "irrelevant", "was not pure" "was impure", "not honest" "dishonest", so a point's "not
relevant" is made by "irrelevant" and "the extract was impure" by "it was not pure", while "relevant", "pure" alone
stay its opposite. Read in that direction only: the prefixed word, its noun ("impurities") and its use before a noun
("an impure extract") keep meeting the point as they are. Never for the pairs `lexicon.COMPLEMENTS` reads ("not
possible" is "impossible" there), nor for the words the negative table reads (`lexicon_negative`), nor where the
prefix no longer negates ("not mediate" is no "immediate", "not dependent" no "independent"), nor for a verb's form
("not changed", "not sold": the verb denied). General English (no "invaluable": WordNet gives it no antonym
"valuable"). The grader's (`preparing.read`)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import wordnet
from .lexicon import COMPLEMENTS
from .lexicon_negative import NEGATIVE_WORDS

__all__ = ["NEGATIVE_PREFIXES", "prefixed_negatives"]

_PREFIXES = ("non", "dis", "un", "in", "im", "ir", "il")
NEGATIVE_PREFIXES = _PREFIXES
_DENIED = re.compile(r"\bnot ([a-z]{3,})\b")
# no longer said as "not" and the rest: "immediate", "invalid" (a sick person), "independent" (a state's),
# "incredible" (amazing), "infinite", "inevitable", "indispensable"; and "unable", which the lexicon reads as
# "cannot" ("unable to prevent" is "couldn't stop")
_DRIFTED = frozenset(("immediate", "invalid", "independent", "incredible", "infinite", "inevitable", "indispensable",
                      "unable"))

# words whose "not" is seldom the adjective's: "not due to" (a cause), "not kind of", "not human" (of a kind)
_NOT_THE_ADJECTIVE = frozenset(("due", "kind", "human"))


@lru_cache(maxsize=4096)
def _prefixed(word: str) -> str | None:
    """The adjective a negative prefix makes of `word`, WordNet's antonym of it ("relevant" -> "irrelevant")."""
    if word in COMPLEMENTS or word in _NOT_THE_ADJECTIVE or wordnet.base_forms(word, "v"):
        return None  # a verb's form ("not changed", "not sold", "did not like"): the verb denied, left to it
    for other in sorted(wordnet.antonyms(word, "a")):
        if other.endswith(word) and other[:-len(word)] in _PREFIXES and other not in _DRIFTED \
                and other not in COMPLEMENTS and other not in NEGATIVE_WORDS["en"]:
            return other
    return None


def prefixed_negatives(text: str) -> str:
    """`text` (normalised English) with an adjective denied by "not" said as its prefixed opposite ("not relevant":
    "irrelevant")."""
    if "not " not in text:
        return text
    return _DENIED.sub(lambda m: found if (found := _prefixed(m.group(1))) else m.group(0), text)
