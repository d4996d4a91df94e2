"""English: a keypoint's verb of making a measured quality more or less ("the engineers deepened the canal", "they
narrowed the road") said by the answer as making the thing so with a comparative ("the engineers made the canal
deeper", "they made the road narrower"): the point is tried once more with "made more deep" ("made less wide") for its
verb, which the answer's comparative is read as (`lexicon_compare`: "deeper" is "more deep", "narrower" "less wide").
The comparative of the opposite adjective ("made the canal shallower") is then a degree turned round and fails
(`degree_flips`). Only where the answer says a form of "make" and a word of more or less; the verbs are read by their
endings from the language's measured qualities, none of a text."""

from __future__ import annotations

import re

from ..lexicon_compare import COMPARISONS
from ..matching import Prepared
from ..text import normalise
from .degree_flips import verb_degree

__all__ = ["made_wordings"]

_MAKE = frozenset("make makes made making".split())
_WORD = re.compile(r"[a-z]+")


def made_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording with its verbs of making a quality more or less said as "made more (less) ADJ"."""
    cmp = COMPARISONS.get(got.lang.code)
    if got.lang.code != "en" or cmp is None or _MAKE.isdisjoint(got.words) \
            or {cmp.more, cmp.less}.isdisjoint(got.words):
        return ()
    out = []
    for text in wordings:
        said = normalise(text)

        def made(m: re.Match[str], said: str = said) -> str:
            before = _WORD.findall(said[:m.start()])
            found = verb_degree(m.group(), before[-1] if before else "")
            return m.group() if found is None else f"made {cmp.more if found[1] > 0 else cmp.less} {found[0]}"

        if (turned := _WORD.sub(made, said)) != said:
            out.append(turned)
    return tuple(out)
