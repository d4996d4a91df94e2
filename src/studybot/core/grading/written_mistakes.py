"""A known mistake said inside a phrase of the pack's own `synonyms` (issue #11). The grader reads a group's phrase as
the group's one wording ("коркой соли натрия", with the group [солевая корка, корка соли], is read "солевая корка
натрия"), so the words of a mistake that the phrase holds ("соли натрия") are no longer there as the learner wrote
them. A matching `mistakes` entry always fails the answer: where the pack's phrases changed an answer, a mistake not
found in it is sought again in the answer read without them (its names still read as the pack's) when some of its
words lie within a phrase the pack read and some outside it, unless a right wording of the card, read so too, says
it (a pattern that is part of a right wording only explains a wrong answer).
Figures and dates are read alike either way: only a mistake's words are sought so."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..aliases import Aliases
from ..matching import Prepared
from ..memos import memoised
from ..packs import Card
from ..synonym_phrases import is_phrase

if TYPE_CHECKING:
    from .base import GraderBase

__all__ = ["hits_as_written"]


_MADE: WeakKeyDictionary[GraderBase, Aliases | None] = WeakKeyDictionary()


def _phraseless(grader: GraderBase) -> Aliases | None:
    """The grader's aliases without the pack's phrases (made once), or None when the pack has no phrase."""
    if grader not in _MADE:
        aliases, synonyms, who, known = grader.phrased
        has = any(is_phrase(word, True) for group in synonyms for word in group)
        _MADE[grader] = Aliases(aliases, grader.aliases.lang, (), texts=grader.texts, who=who, known=known,
                                forms=True) if has else None
    return _MADE[grader]


def _across(want: Prepared, written: Prepared, got: Prepared) -> bool:
    """Does the mistake go on past a phrase the pack read in the answer: a word of it said only within the words the
    phrase took ("соли" of "коркой соли"), another said outside them ("натрия")? A mistake all within a phrase of
    the pack is a word of that phrase's thing, which the group makes one with the others."""
    inside: set[str] = set()
    outside: set[str] = set()
    for tag, i1, i2, _, _ in SequenceMatcher(None, written.words, got.words, autojunk=False).get_opcodes():
        (outside if tag == "equal" else inside).update(written.stems[i1:i2])
    mine = {want.stems[i] for i in want.content()}
    return bool(mine & (inside - outside)) and bool(mine & outside)


_KEPT = 256  # answers read without the phrases kept (the latest: each is asked for by every pattern of its card's)


@memoised(_KEPT)
def _read(text: str, plain: Aliases) -> Prepared:
    """An answer's `text` read without the pack's phrases, kept: every pattern of every mistake asks for the same
    answer's reading."""
    return Prepared.of(text, plain, lemmas=True)


def _read_own(grader: GraderBase, text: str, plain: Aliases) -> Prepared:
    """A text of the pack (a mistake's pattern, a right wording) read without its phrases, kept by the grader with
    what else it reads from the pack's texts alone (`GraderBase.by_texts`): the answers read so (`_read`) never push
    them out, and every answer to the card asks for them again."""
    return grader.by_texts(("read as written", text), lambda: Prepared.of(text, plain, lemmas=True))


def hits_as_written(grader: GraderBase, card: Card, got: Prepared, pattern: str) -> bool:
    """Does the mistake `pattern` match the answer read without the pack's phrases, where they hid its words?"""
    if got.unaliased(got.lang) is not None or (plain := _phraseless(grader)) is None:
        return False  # the pack changed nothing in the answer, or has no phrase to change it by
    want = _read_own(grader, pattern, plain)
    if not want.content() or want.quantities or want.dates:
        return False
    if {want.stems[i] for i in want.content()}.isdisjoint(got.stems):
        return False  # (no word of it in the answer: none where the answer reads alike either way, `_across`)
    written = _read(got.written, plain)
    if written.words == got.words or not _across(want, written, got):
        return False  # (no phrase read in the answer, or the mistake not partly in one: sought in its words)
    read = grader._pattern(pattern, want)
    return grader._mistake_hits(card, written, pattern, read=read) and not any(
        grader._mistake_hits(card, _read_own(grader, wording, plain), pattern, ordered=False, split=False,
                             read=read) for wording in grader._right_wordings(card))
