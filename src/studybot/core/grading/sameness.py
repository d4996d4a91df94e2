"""English: a keypoint that two things are the same in some respect ("the two seas are at almost the same level") said
by the answer as no difference between them ("there's no real difference in sea level between the two seas", "little
difference in level"): the point is tried once more with the answer's "no (little) difference in" for its "the same"
(a word of degree before it, "almost", "nearly", goes with it). The answer's "no" is the point's then, so "a big
difference in level" stays unmade. Only where the answer says "no ... difference"; general words, none of a text."""

from __future__ import annotations

import re

from ..matching import Prepared
from ..text import normalise

__all__ = ["sameness_wordings"]

_SAME = re.compile(r"\b(?:(?:almost|nearly|about|roughly|much|exactly|practically|virtually|essentially) )?the same "
                   r"(?=[a-z])")
_NO_DIFFERENCE = re.compile(r"\b(no|not any|hardly any|little)\b(?: [a-z]+)? differences?\b")


def sameness_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording of things the same in some respect said as no difference in it, where the answer says so."""
    if got.lang.code != "en" or (none := _NO_DIFFERENCE.search(normalise(got.written))) is None:
        return ()
    said = f"{none.group(1)} difference in "  # ("little difference": the answer's own word of none)
    return tuple(turned for text in wordings if (turned := _SAME.sub(said, mine := normalise(text))) != mine)
