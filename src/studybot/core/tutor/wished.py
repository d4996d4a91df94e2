"""An event asked as done that a passage says only as wished (English).

"What sanctions were lifted?" asks of sanctions that were lifted; "Minsk would very much like all sanctions to be
lifted" says a wish, not that any were, however much of the question it covers. A word of the question that a passage
says only as what someone wants, wishes, hopes, seeks, tries or would like to (be) done ("X wanted the dam to be
built", "hoped to reach", "would like Y to be lifted": the verb right after "to" or "to be" that follows the word of
wanting within `WISH_REACH` words) is not told by it: the tutor takes the next passage that answers and tells it, or
declines. A question that asks of the wish itself ("what did X want to build?", "what would X like?") is left alone,
and so is a passage that also says the word outside a wish ("X wanted Y lifted, and in 2019 Y was lifted").
Rules of English, no word of one text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .motive_nouns import WANTING
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .words import Words

__all__ = ["wished_only"]

WISH_REACH = 4  # words between a word of wanting and the "to" of what is wanted ("like all sanctions to be lifted")
_WOULD = frozenset({"would", "d", "should"})  # "would like", "I'd like": a wish; "like" alone is no wish


def _wishing(seq: list[str], i: int) -> bool:
    """Is the word at `i` one of wanting ("wanted", "hopes"), or "like" after a "would" within `WISH_REACH` words
    ("would very much like", "what would the guild like ...?")?"""
    return seq[i] in WANTING or (seq[i] == "like" and any(w in _WOULD for w in seq[max(0, i - WISH_REACH):i]))


def _wished_at(seq: list[str]) -> set[int]:
    """The positions of the verbs a text says only as wanted: right after the "to" or "to be" that follows a word of
    wanting within `WISH_REACH` words."""
    found: set[int] = set()
    for i in range(len(seq)):
        if not _wishing(seq, i):
            continue
        for j in range(i + 1, min(len(seq), i + WISH_REACH + 2)):
            if seq[j] != "to":
                continue
            k = j + 2 if j + 2 < len(seq) and seq[j + 1] in {"be", "have"} else j + 1
            if k < len(seq):
                found.add(k)
            break
    return found


def wished_only(q: Question, doc: Doc, words: Words) -> bool:
    """Does a passage say a word the question asks of as done only as something wished (see the module's note)?"""
    asked = WORD.findall(q.text)
    if words.lang.code != "en" or q.wants.yes_no or any(_wishing(asked, i) for i in range(len(asked))):
        return False
    prepared = words.prepare(doc.text)
    seq = prepared.words
    wished = _wished_at(seq)
    if not wished:
        return False
    stems = words.stems(prepared)
    for u in q.units:
        if u.name or u.light or not u.strong & doc.keys:
            continue
        at = [i for i, (w, st) in enumerate(zip(seq, stems, strict=True)) if words.keys(w, st)[0] & u.strong]
        if at and all(i in wished for i in at):
            return True
    return False
