"""English: a keypoint's noun of time or place before the clause it names ("the time the letter was posted", "the
place where the mill stood") said by the answer with the clause's own question word ("when the letter was posted",
"where the mill stood"; issue #11).

"The time X happened" and "when X happened" name the same time, "the place where X stood" and "where X stood" the
same place. The point is tried once more with the question word in the noun's place, only where the answer says that
word right before the clause's first content word (a word of the clause or two between): "when the letter was
posted" makes "the time the letter was posted", "the letter was posted" does not (no time said), nor "when the letter
was signed" (its other words are checked as any wording's). The nouns are the language's, none of a text; "the time it
takes" is a duration and left as said.
"""

from __future__ import annotations

import re
from functools import partial

from ..matching import Prepared
from ..text import normalise

__all__ = ["clause_wordings"]

_OPENERS = "the|a|an|it|they|he|she|we|you|its|their|his|her|this|these|those|each|every"
# (noun, its linking words, the question word): "the exact time that the signal was sent", "the place where it stood"
_NOUNS = re.compile(rf"\bthe (?:exact |precise )?(time|moment|date|place|spot) (?:that |when |where |at which |in "
                    rf"which )?(?=(?:{_OPENERS}) [a-z]+)(?!it (?:takes|took|will take|would take)\b)")
_OPENER_WORDS = frozenset(_OPENERS.split("|"))
_ASKED = {"time": "when", "moment": "when", "date": "when", "place": "where", "spot": "where"}


def clause_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording with a noun of time or place before its clause said with the clause's question word ("when the
    letter was posted" for "the time the letter was posted"), where the answer says that word right before the
    clause's words; nothing in any other language."""
    if got.lang.code != "en":
        return ()
    answer = normalise(got.written)
    if "when " not in answer and "where " not in answer:
        return ()
    out: list[str] = []
    for text in wordings:
        mine = normalise(text)
        said = _NOUNS.sub(partial(_asked, mine=mine, answer=answer), mine)
        if said != mine:
            out.append(said)
    return tuple(dict.fromkeys(out))


def _asked(m: re.Match[str], mine: str, answer: str) -> str:
    """The question word for the noun matched in `mine` where the answer says it before the clause's first content
    word; else the noun as it was."""
    word = _ASKED[m.group(1)]
    first = next((w for w in mine[m.end():].split()[:3] if w not in _OPENER_WORDS), "")
    if not first or not re.search(rf"\b{word} (?:[a-z]+ ){{0,2}}{re.escape(first)}\b", answer):
        return m.group(0)
    return f"{word} "
