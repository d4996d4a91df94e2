"""English words that say one thing caused another, by the side each puts first: the cause ("the drought caused /
led to / brought about / resulted in a famine") or the result ("the famine resulted from / was due to / was caused by
/ was the result of the drought", "a famine because of the drought"); and the words of a result that only say it
happened ("there was a famine", "a famine came"), which a cause said with a verb of causing does not repeat.
General language only (`connectives.cause_turned`, `grading.causal_wordings`)."""

from __future__ import annotations

__all__ = ["EN_CAUSE_FIRST", "EN_HAPPENING", "EN_RESULT_FIRST", "EN_THERE"]

# the cause said before, the result after
EN_CAUSE_FIRST = (
    "caused", "causes", "causing", "led to", "leads to", "lead to", "leading to", "resulted in", "results in",
    "result in", "resulting in", "brought about", "bring about", "brings about", "bringing about", "gave rise to",
    "give rise to", "gives rise to", "giving rise to", "triggered", "triggers", "sparked", "sparks")
# the result said before, the cause after ("because" and "since" are `connectives`' own)
EN_RESULT_FIRST = (
    "resulted from", "results from", "result from", "resulting from", "caused by", "brought about by",
    "triggered by", "sparked by", "due to", "owing to", "thanks to", "on account of", "because of", "as a result of",
    "as a consequence of", "the result of", "a result of", "the consequence of", "a consequence of", "stemmed from",
    "stems from", "stem from", "arose from", "arises from", "followed from", "follows from")
# a result said only as happening, before its cause: its verb ("a famine came because of the drought")
EN_HAPPENING = frozenset("came comes happened happens occurred occurs followed follows ensued ensues began begins "
                         "arose arises started starts".split())
# ... or as being there ("there was a famine because of the drought")
EN_THERE = ("there was", "there were", "there is", "there are", "there had been", "there has been", "there would be")
