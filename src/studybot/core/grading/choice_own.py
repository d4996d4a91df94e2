"""A choice answered in the learner's own sentence ("because rain and sewage go through the same pipes" for "it is a
combined system that carries rain and sewage in the same pipes"): the option is the one most of whose words the
answer says, when the answer's words found in any other option are found in this one too, or nearly all. A teacher
reads the option the sentence restates; a sentence that says another option's own word as well ("the pipes were too
small to carry rain and sewage": "small") names two and picks none. Counted on the learner's content words (stems,
synonyms, typos, as `overlap`); a denied answer picks only a denied option ("it was not needed" for "it was not
needed, because ..."). A rule of reading, no word of a text."""

from __future__ import annotations

from ..coverage import found_in
from ..matching import Prepared

__all__ = ["restated_option"]

OWN = 3  # the learner's words that are this option's and no other's
STRAY = 5  # at most one word found only in other options for every STRAY of this option's own


def restated_option(got: Prepared, options: list[Prepared], fits: list[int]) -> int | None:
    """The option among `fits` the answer restates in its own words, or None."""
    if len(fits) < 2 or not options:
        return None
    found = {i: found_in(got, options[i]) for i in fits}
    top = max(fits, key=lambda i: len(found[i]))
    elsewhere = frozenset().union(*(found[i] for i in fits if i != top))
    own, stray = found[top] - elsewhere, elsewhere - found[top]
    if len(own) < OWN or len(stray) > len(own) // STRAY or got.negated() != options[top].negated():
        return None
    if sum(len(found[i]) == len(found[top]) for i in fits) > 1:
        return None
    return top
