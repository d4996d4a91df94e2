"""Who did a thing named by its noun: "a sketch by Henry Corbould", "a design by Tomas Ebbe", "a survey by Lena Holt".

English names an act by its noun and the one who did it by "by" after that noun, as after a passive verb (`agents`
finds both). A "who drew the sketch?", "who made the design?" question asks for that agent with a verb of its own that
the passage need not say: the noun "sketch" with its "by X" says who drew, made or did it. So, of a "who" question
whose noun the passage gives an agent to (one the question does not name), the question's inflected verbs ("drew",
"designed", "made") are left out of the share of the question a passage must cover, when that covers more, and of
what it asks about its names (`without_acts`; none may be left: "who invented the safety lamp?" of a pack on the lamp
asks nothing else). The thing may be a person's own ("his stepped lens", `agents`). Only "who": asked when or where,
the verb names the very event whose time or place is wanted."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import wordnet
from .agents import Agents, named_after

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc

__all__ = ["reread_named", "reread_who", "without_acts"]

Coverage = Callable[[tuple["Unit", ...], float], tuple[float, float]]


def reread_who(q: Question, covered: tuple[float, float], code: str, coverage: Coverage,
               agents: Agents) -> tuple[float, float]:
    """A passage's coverage of an English "who VERB the NOUN?" question (and by its own words) without its inflected
    verbs when the passage names who did the NOUN ("a sketch by X") and that covers more; else `covered`."""
    kept = without_acts(q.units, q, code, agents)
    if len(kept) == len(q.units) or not kept:
        return covered
    cov, own = coverage(kept, sum(u.weight for u in kept))
    return max(cov, covered[0]), max(own, covered[1])


def reread_named(q: Question, covered: tuple[float, float], code: str,
                 cover: Callable[[Doc, tuple[Unit, ...], float], tuple[float, float]], doc: Doc) -> tuple[float, float]:
    """`reread_who` of a passage (`cover`: a passage's coverage of units) that says its thing is named after someone
    ("The effect is named after Karl Brenner" for "who discovered the Brenner effect?"), for ranking; else `covered`."""
    if not named_after(doc.text, code):
        return covered
    return reread_who(q, covered, code, lambda units, total: cover(doc, units, total), doc.agents)


def without_acts(units: tuple[Unit, ...], q: Question, code: str, agents: Agents) -> tuple[Unit, ...]:
    """`units` of an English "who VERB the NOUN?" question without its inflected verbs when the passage names who did
    the NOUN (one the question does not name); else `units` as they are."""
    if code != "en" or not q.wants.person or not agents.pairs:
        return units
    named = q.stems - q.lent
    acted = {key for key, name in agents.pairs if name not in named}
    if not any(not u.name and u.strong & acted and not _inflected_verb(u.text) for u in q.units):
        return units
    return tuple(u for u in units if u.name or not _inflected_verb(u.text))


@lru_cache(maxsize=1 << 12)
def _inflected_verb(word: str) -> bool:
    """Is a word a verb's inflected form ("drew", "designed", "made"), not its bare form?"""
    return word.isalpha() and bool(wordnet.base_forms(word, "v") - {word})
