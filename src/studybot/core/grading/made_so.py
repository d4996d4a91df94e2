"""A change said by a verb of making or becoming before a comparative ("it made the light four times brighter", "the
roads became safer", "it got warmer"): the comparative says the change, and the verb only that it came about, so
an answer that says the comparative alone ("four times brighter", "safer roads") says it too. The verb is left out of
what a short wording needs found; every other word (its comparative, its figure, its object) is still needed, and a
comparative the other way ("dimmer", "less safe") stays wrong. English only: a rule of the language, no word of a
text."""

from __future__ import annotations

from functools import lru_cache

from ..matching import Prepared

__all__ = ["made_so"]

# verbs of making and becoming, every form (as read: `preparing.read` rewrites "grew richer" as becoming)
_VERBS = frozenset("make makes made making become becomes became becoming get gets got getting grow grows grew "
                   "growing turn turns turned turning".split())
# comparatives that do not end in "-er"; "more" and "less" stand before the property the grader reads
# ("warmer": "more hot", `comparisons`)
_COMPARATIVES = frozenset("more less better worse fewer".split())


def _comparative(word: str) -> bool:
    return word in _COMPARATIVES or (len(word) >= 5 and word.endswith("er") and word.isalpha())


@lru_cache(maxsize=1 << 12)
def _made_so(words: tuple[str, ...], clauses: tuple[int, ...], stems: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for i, word in enumerate(words):
        if word not in _VERBS:
            continue
        after = [j for j in range(i + 1, min(i + 6, len(words))) if clauses[j] == clauses[i]]
        # the comparative right after the verb, or after its object ("it", "the roads") and a factor ("4 times")
        if any(_comparative(words[j]) for j in after):
            out.add(stems[i])
    return frozenset(out)


def made_so(ref: Prepared) -> frozenset[str]:
    """The stems of a wording's verbs of making or becoming before a comparative (English; none in another
    language)."""
    if ref.lang.code != "en":
        return frozenset()
    return _made_so(tuple(ref.words), tuple(ref.clauses), tuple(ref.stems))
