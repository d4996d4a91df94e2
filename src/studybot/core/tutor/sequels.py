"""What came after something: "what happened after X?", "what followed X?", "что было (произошло) после X?" ask of
the event the text tells next, not of X itself.

The ranking finds the passage that tells of X. Unless that passage itself says what came after X (a word of sequence,
"after", "following", "после", "спустя", followed closely by a word of X: "two months after the mayor's speech"),
the answer is the passage that follows it in its section, when the notes go on there (a sequence told); when X's
passage ends its section, nothing the text tells follows it, and the tutor declines. Rules of English and Russian, no
word of one text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .ranking import Ranker, Scored
    from .words import Words

__all__ = ["asks_sequel", "sequel"]

_ASKED = re.compile(
    r"^\W*what (?:happened|came|followed|took place|was done)\s+(?:next\s+|then\s+)?after\b"
    r"|^\W*что (?:было|произошло|случилось|последовало)(?: (?:дальше|потом|затем))?\s+после(?!\w)")
_SEQUENCE = re.compile(r"\b(?:after|following)\b|(?<!\w)(?:после|спустя)(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")
WINDOW = 4  # words after a word of sequence in which a word of X says "after X"


def asks_sequel(q: Question) -> bool:
    """Does a question ask what came after something ("what happened after X?", "что было после X?")?"""
    return _asked(q.text)


def sequel(ranker: Ranker, q: Question, best: Scored) -> Scored | None:
    """The passage that answers "what happened after X?" given the passage `best` that tells of X: `best` itself when
    it says what came after X, else the next passage of its section (None when there is none)."""
    if not asks_sequel(q) or tells_after(best.doc.text, q, ranker.library.words):
        return best
    docs = ranker.library.docs
    after = best.doc.id + 1
    if after >= len(docs) or docs[after].section_id != best.doc.section_id or docs[after].kind != best.doc.kind:
        return None
    return type(best)(best.score, best.coverage, best.own, docs[after])


def tells_after(text: str, q: Question, words: Words) -> bool:
    """Does a sentence say that something came after what the question names ("two months after the mayor's
    speech"): a word of sequence followed within `WINDOW` words by a content word of the question?"""
    plain = normalise(text)
    asked = [u for u in q.units if not u.light]
    for match in _SEQUENCE.finditer(plain):
        stems = {words.stem(w) for w in _WORD.findall(plain[match.end():])[:WINDOW]}
        if any(u.strong & stems or u.stem in stems for u in asked):
            return True
    return False


@lru_cache(maxsize=1024)
def _asked(text: str) -> bool:
    return bool(_ASKED.search(text))
