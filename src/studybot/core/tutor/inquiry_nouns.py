"""Someone's inquiry named by its noun, told by its verb (English): "what did Theodoric use in his experiments?" is
answered by "Theodoric of Freiberg studied light passing through glass globes filled with water". A learner names the
work of finding out by a noun ("experiments", "studies", "research": `lexicon_inquiry.INQUIRY_NOUNS`), a text tells
it by what the person did ("studied", "tested", "examined": `INQUIRY_VERBS`). So a question's noun of inquiry is met
by a passage in which a name the question gives is the agent (`agents`) of a verb of inquiry: the unit takes that
verb's key (`with_inquiry`), for the share of the question a passage covers and for what it asks of its names.
Only with the question's own name as the agent: "what did the experiments show?" names no one whose act the passage
tells, and a passage telling someone else's study answers no question about this one's."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..language import language
from ..lexicon_inquiry import INQUIRY_NOUNS, INQUIRY_VERBS

if TYPE_CHECKING:
    from collections.abc import Callable

    from .agents import Agents
    from .analysis import Question, Unit

__all__ = ["reread_inquiry", "with_inquiry"]


def with_inquiry(units: tuple[Unit, ...], q: Question, code: str, agents: Agents) -> tuple[Unit, ...]:
    """`units` with a noun of inquiry met by the key of a verb of inquiry whose agent in the passage is a name of
    the question (see the module); else `units` as they are."""
    nouns = INQUIRY_NOUNS.get(code)
    if not nouns or not agents.pairs or not any(u.text in nouns and not u.name for u in units):
        return units
    verbs = _verb_stems(code)
    named = q.stems - q.lent
    acts = frozenset(key for key, name in agents.pairs if name in named and key in verbs)
    if not acts:
        return units
    return tuple(replace(u, strong=u.strong | acts) if u.text in nouns and not u.name else u for u in units)


def reread_inquiry(q: Question, covered: tuple[float, float], code: str, agents: Agents,
                   coverage: Callable[[tuple[Unit, ...], float], tuple[float, float]]) -> tuple[float, float]:
    """A passage's coverage of a question whose noun of inquiry it tells by a verb (`with_inquiry`), when that covers
    more; else `covered`."""
    units = with_inquiry(q.units, q, code, agents)
    if units == q.units:
        return covered
    cov, own = coverage(units, q.total)
    return max(cov, covered[0]), max(own, covered[1])


@cache
def _verb_stems(code: str) -> frozenset[str]:
    """The stems of the verbs of inquiry (as an inflected form's key is its stem: "studied", "studies": "studi")."""
    return frozenset(language(code).stem(b) for b in INQUIRY_VERBS.get(code, frozenset()))
