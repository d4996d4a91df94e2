"""A count told by telling each one (English): "how many bends does light make in a drop?" is answered by "Each drop
bends the light as it enters, reflects it once, and bends it again as it leaves": the passage gives no figure, yet
it says the act the question counts by its noun once for each time it happens, and a learner counts them. So a
passage gives the figure a "how many X" question asks for (`supplying.supplies`) when it says the verb of X (the
stem of the counted word, in no figure's company) at least `TOLD_TIMES` times, each time as an act: an inflected
verb form with no determiner, figure or adjective before it ("the bends", "two bends", "sharp bends" name the things,
which a passage may mention without telling how many there are), each act after the first one the same subject's
again: right after "and" or "then" (no new subject before it), or with "again" just after it ("the river turns east,
and the road turns north" tells one turn of each).

Not for "how many times" (its unit is no noun of an act: `counted_head` gives no head for it) nor a word the
question counts by a measure or a light word; English only (WordNet tells a verb form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import wordnet
from ..lexicon_roles import DETERMINERS
from .agents import inflected_verb

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .words import Words

__all__ = ["TOLD_TIMES", "tells_each"]

TOLD_TIMES = 2  # acts of the counted word a passage says, at least, to tell each one
_GOING_ON = frozenset({"and", "then"})  # before a later act: the same subject goes on
_REPEAT = frozenset({"again"})  # after a later act: it is done once more
REPEAT_REACH = 3  # words after a later act that may say it is a repeat ("bends it again")


def tells_each(doc: Doc, q: Question, words: Words) -> bool:
    """Does a passage tell each act a "how many X" question counts (see the module)?"""
    if words.lang.code != "en" or not q.wants.numeric or not q.counted_head:
        return False
    counted = {u.stem for u in q.units if u.stem in q.counted and not u.name and not u.light}
    if not counted:
        return False
    tokens = words.tokens(doc.text)
    acts = [k for k, token in enumerate(tokens) if words.stem(token) in counted and _act(token, tokens[k - 1]
                                                                                         if k else "", words)]
    return 1 + sum(1 for k in acts[1:] if _repeated(tokens, k)) >= TOLD_TIMES


def _repeated(tokens: list[str], k: int) -> bool:
    """Is a later act the same subject's again: right after a conjunction, no new subject before it ("and bends it
    again"; not "the road bends"), or marked as a repeat ("bends it again")?"""
    return (k > 0 and tokens[k - 1] in _GOING_ON) or any(t in _REPEAT for t in tokens[k + 1:k + 1 + REPEAT_REACH])


def _act(token: str, before: str, words: Words) -> bool:
    """Is a word said as an act: an inflected verb form, with no determiner, figure or adjective before it?"""
    if not token.isalpha() or not inflected_verb(token) or before in DETERMINERS.get(words.lang.code, frozenset()):
        return False
    return not before or (before.isalpha() and not _adjective(before))  # not "2 bends", "sharp bends", "three bends"


def _adjective(word: str) -> bool:
    """Is a word an adjective (or a figure) and no verb ("sharp", "three"; not "drop", nor "light", which may be the
    subject of a verb after it)?"""
    return bool(wordnet.base_forms(word, "a")) and not wordnet.base_forms(word, "v")
