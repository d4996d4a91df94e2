"""English: the doers of a keypoint named by a participle and its noun ("the nesting birds", "invading troops"), said
by the answer with the verb's agent noun ("the nesters", "the invaders"; issue #11): "the invaders burned the mill"
makes "the invading troops burned the mill", "the herders were moved out" makes "the herding families were moved
out".

A participle before its noun says what the noun's things do; the noun made on the same verb with "-er" or "-or"
("herder", "invader", "lender") names the things that do it, whatever they are. Learners say the one word for the
two. The point is tried once more with the answer's agent noun in the pair's place, as a point of its own (its other
words, negation and direction checked as for any wording), only where the answer says the agent noun and not the
pair's noun. The participle must stand where a participle of quality stands: first in the wording, or after a
determiner or a quantity word ("the", "some", "many"), so that a gerund with its object ("by heating water") is left
alone; the word after it no function word, adverb or participle. A rule of English word formation, no word of a text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .. import wordnet
from ..agent_roots import agent_roots
from ..matching import Prepared
from ..meaning import kindred
from ..text import normalise
from .degrees import Covered

__all__ = ["agent_said"]

_PAIR = re.compile(r"\b([a-z]{4,}ing) ([a-z]{3,})\b")
# the words a participle of quality may stand after (a determiner, a quantity word): "the invading troops"
_BEFORE = frozenset("the a an these those its their his her our some many most all other few no more fewer such"
                    .split())
_AGENT = re.compile(r"[a-z]{3,}(?:er|or)s?")
def _agent_of(participle: str, agent: str) -> bool:
    """Is `agent` (an answer's word in "-er", "-or") the agent noun of the participle's verb ("invading" /
    "invaders", "herding" / "herder")?"""
    verbs = wordnet.base_forms(participle, "v") or {participle[:-3], participle[:-3] + "e"}
    return not agent_roots(agent).isdisjoint(verbs) or (agent.endswith(("ers", "ors")) and kindred(participle, agent))


def agent_said(wordings: tuple[str, ...], got: Prepared, prep: Callable[[str], Prepared],
               cover: Callable[[Prepared], Covered]) -> Covered | None:
    """A point `cover`ed by the answer read with its agent noun said as a wording's participle and noun ("the invaders
    burned it" read "the invading troops burned it" for "the invading troops burned the mill"), its positions those
    of the answer as written; None where no such reading makes it. English only."""
    for participle, noun, agent in _pairs(wordings, got):
        said = re.sub(rf"(?<![^\W\d_]){agent}(?![^\W\d_])", f"{participle} {noun}", normalise(got.written))
        other = prep(said)
        at = next((j for j, w in enumerate(got.words) if w == agent), -1)
        if at < 0 or len(other.words) != len(got.words) + got.words.count(agent) \
                or other.words[at:at + 2] != [participle, noun]:
            continue  # read otherwise than word for word: no positions to give back
        made = cover(other)
        if made[0]:
            back = _back(got.words, agent)
            words = re.sub(rf"\b{participle} {noun}\b", agent, made[1])  # the answer's words, as it says them
            return made[0], words, made[2], tuple(dict.fromkeys(back[j] for j in made[3]))
    return None


def _back(words: list[str], agent: str) -> list[int]:
    """The answer's position of each position of its reading with each `agent` said in two words."""
    return [i for i, w in enumerate(words) for _ in range(2 if w == agent else 1)]


def _pairs(wordings: tuple[str, ...], got: Prepared) -> list[tuple[str, str, str]]:
    """(participle, noun, the answer's agent noun) of each English wording's participle and noun ("the invading
    troops") whose verb's agent noun the answer says ("the invaders"); none in any other language."""
    if got.lang.code != "en":
        return []
    agents = [w for w in dict.fromkeys(got.words) if _AGENT.fullmatch(w)]
    if not agents:
        return []
    said, stop = set(got.words), got.lang.lex.stop
    out = [(participle, noun, agent) for text in wordings for participle, noun in _participles(text)
           if noun not in said and noun not in stop
           for agent in agents if agent != noun and _agent_of(participle, agent)]
    return list(dict.fromkeys(out))


@cache
def _participles(text: str) -> tuple[tuple[str, str], ...]:
    """The participles of quality and the words after them in a wording ("the grazing goats": grazing, goats), read
    once a wording."""
    mine, out = normalise(text), []
    for m in _PAIR.finditer(mine):
        participle, noun = m.group(1), m.group(2)
        before = mine[:m.start()].split()
        if before and before[-1] not in _BEFORE:
            continue  # a gerund with its object ("by heating water"), or a verb's form ("are grazing fish")
        if not noun.endswith(("ly", "ing")):
            out.append((participle, noun))
    return tuple(out)
