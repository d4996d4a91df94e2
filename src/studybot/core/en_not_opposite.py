"""An English adjective of degree denied is its opposite degree: "the pond is not deep" is "the pond is shallow",
"the loans were not very expensive" "cheap", "not too thick" "thin" (`lexicon_degree.DEGREE_PAIRS`), so a point
"the pond is shallow" is made by "it isn't very deep", while "deep" alone, or "not shallow", stays its opposite. The
opposite that a learner says with "not" is the one a point means: a reader takes "not deep" for "shallow", as
`phrases._too` takes "not deep enough" for "too shallow" (read before this, as "not as deep" is "less deep":
`linking.not_so_as_less`).

Only an adjective of one opposite pair alone; never a word of two senses or of two kinds of opposite ("hard": soft
or easy, "light": heavy or dark, "close", "short": long or tall), nor words of quantity ("not many", "not much": read
as amounts elsewhere), of time ("not long ago", "not late": on time) or of place ("not far from"); never a verb's
form after an auxiliary or "to" ("did not slow", "to not dry out"), nor before a particle or a comparison ("not slow
down", "not as deep as", "not deep enough"). A fleeting thing said by what does not last is short-lived too: "the
truce did not last long", "didn't last" are "the truce was short-lived" (not "did not last longer", a comparison).
General English, no word of a text. The grader's (`preparing.read`)."""

from __future__ import annotations

import re
from functools import cache

from . import wordnet
from .lexicon_degree import DEGREE_PAIRS

__all__ = ["not_as_opposite"]

# words of two senses or two kinds of opposite, of quantity, time or place: left as they are
_LEFT = frozenset(("hard", "light", "close", "near", "far", "short", "tall", "long", "few", "many", "little", "much",
                   "early", "late", "old", "young", "great", "fat", "low", "steep", "gentle", "concentrated", "dilute",
                   "tight", "loose", "soft", "moist"))


def _opposites() -> dict[str, str]:
    """Each adjective of `DEGREE_PAIRS` with one opposite, or several WordNet gives as synonyms ("small": "large",
    "big"; the first pair's word is said), and none of them left out ("cold": "hot" or "warm" is no one degree).
    Read once, by the first English text with a "not" (WordNet's table is not read at import)."""
    found: dict[str, list[str]] = {}
    for a, b in DEGREE_PAIRS["en"]:
        found.setdefault(a, []).append(b)
        found.setdefault(b, []).append(a)
    return {word: others[0] for word, others in found.items() if word not in _LEFT and not _LEFT.intersection(others)
            and all(b in wordnet.synonyms(a, "a") for a in others for b in others if a != b)}


_AUXILIARIES = frozenset("do does did to will would can could should shall might must may".split())


@cache
def _denied() -> tuple[dict[str, str], re.Pattern[str]]:
    """The opposites (`_opposites`) and the pattern of an adjective of them denied."""
    opposite = _opposites()
    return opposite, re.compile(
        r"\bnot (?:(?:very|too|that|particularly|really|all that|at all|especially) )?"
        rf"({'|'.join(sorted(opposite, key=len, reverse=True))})\b"
        r"(?! (?:down|up|off|out|as|enough|than|from|to)\b)")

# what does not last: "did not last long", "doesn't last very long", "did not last" (at a clause's end), in its tense
_NOT_LAST = re.compile(r"\b(did|does|do|will|would) not last(?: (?:very |so |that )?long)?\b"
                       r"(?! (?:longer|than|as|for|until|till|through|beyond|more|past)\b)")
_BE = {"did": "was", "does": "is", "do": "are", "will": "will be", "would": "would be"}


def not_as_opposite(text: str) -> str:
    """`text` (normalised English) with an adjective of degree denied by "not" said as its opposite ("not deep":
    "shallow") and what did not last as short-lived."""
    if "not " not in text:
        return text
    opposites, denied = _denied()
    def opposite(m: re.Match[str]) -> str:
        before = text[:m.start()].split()
        return m.group() if before and before[-1] in _AUXILIARIES else opposites[m.group(1)]
    text = denied.sub(opposite, text)
    if "last" in text:
        text = _NOT_LAST.sub(lambda m: f"{_BE[m.group(1)]} short-lived", text)
    return text
