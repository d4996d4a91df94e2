"""Who did a thing named by its noun: "a sketch by Henry Corbould", "a design by Tomas Ebbe", "a survey by Lena Holt".

English names an act by its noun and the one who did it by "by" after that noun, as after a passive verb (`agents`
finds both). A "who drew the sketch?", "who made the design?" question asks for that agent with a verb of its own that
the passage need not say: the noun "sketch" with its "by X" says who drew, made or did it. So, of a "who" question
whose noun the passage gives an agent to (one the question does not name), the question's inflected verbs ("drew",
"designed", "made") are left out of the share of the question a passage must cover, when that covers more. Only
"who": asked when or where, the verb names the very event whose time or place is wanted."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import wordnet
from .agents import Agents

if TYPE_CHECKING:
    from .analysis import Question, Unit

__all__ = ["reread_who"]

Coverage = Callable[[tuple["Unit", ...], float], tuple[float, float]]


def reread_who(q: Question, covered: tuple[float, float], code: str, coverage: Coverage,
               agents: Agents) -> tuple[float, float]:
    """A passage's coverage of an English "who VERB the NOUN?" question (and by its own words) without its inflected
    verbs when the passage names who did the NOUN ("a sketch by X") and that covers more; else `covered`."""
    if code != "en" or not q.wants.person or not agents.pairs:
        return covered
    named = q.stems - q.lent
    acted = {key for key, name in agents.pairs if name not in named}
    nouns = [u for u in q.units if not u.name and u.strong & acted and not _inflected_verb(u.text)]
    if not nouns:
        return covered
    kept = tuple(u for u in q.units if u.name or not _inflected_verb(u.text))
    if len(kept) == len(q.units) or not kept:
        return covered
    cov, own = coverage(kept, sum(u.weight for u in kept))
    return max(cov, covered[0]), max(own, covered[1])


@lru_cache(maxsize=1 << 12)
def _inflected_verb(word: str) -> bool:
    """Is a word a verb's inflected form ("drew", "designed", "made"), not its bare form?"""
    return word.isalpha() and bool(wordnet.base_forms(word, "v") - {word})
