"""A point that says what someone held true ("believed every acid contains oxygen", "считал, что Земля плоская") is
made by what was held, said alone ("because all acids contain oxygen", "Земля плоская"): a learner who answers "why
did he call it so?" with the belief gives the point, and the verb of belief need not be said again. Not where the
belief is denied ("nobody believed that ...": the denial is the point), nor a verb that ends its wording (then it is
the point itself). Verbs of the language, no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["belief_skips"]

_BELIEFS = {
    "en": frozenset("believe believes believed think thinks thought assume assumes assumed suppose supposes supposed "
                    "reckoned imagined".split()),
    "ru": frozenset("считал считала считало считали полагал полагала полагали думал думала думали верил верила верили "
                    "считает считают полагает полагают думает думают".split()),
}


def belief_skips(ref: Prepared) -> frozenset[str]:
    """The stems of a wording's verbs of belief that open what was held (`_BELIEFS`), which an answer may leave out."""
    verbs = _BELIEFS.get(ref.lang.code)
    if not verbs or verbs.isdisjoint(ref.words):
        return frozenset()
    content = set(ref.content())
    return frozenset(ref.stems[i] for i in content if ref.words[i] in verbs and not ref.negated_at(i)
                     and any(j in content for j in range(i + 1, len(ref.words))))
