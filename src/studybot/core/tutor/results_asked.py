"""A "why" question and a passage opening with a result marker ("That is why the council met.", "Поэтому собрание
перенесли."): the passage tells what followed from the sentence before it, which is its reason. It answers "why did
the council meet?", not "why did the crowd gather?" when only the sentence before tells of the gathering: the event
asked about is then the cause of what the passage tells, not its result. Rules of how texts join a result to its
cause, in any language with result markers (`TutorWords.result_markers`); no word of any text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .analysis import Question

if TYPE_CHECKING:
    from .documents import Doc, Library
    from .ranking import Ranker, Scored

__all__ = ["cause_told_before", "without_causes"]


def cause_told_before(q: Question, doc: Doc, library: Library) -> bool:
    """Does a passage opening with a result marker leave a word of what a "why" question asks about (not a name, not a
    light word, not a figure) to the sentence before it, which says it: that sentence is the reason of the passage,
    and the question asks the reason of that sentence's event?"""
    if not (q.wants.reason and doc.traits.result):
        return False
    before = library.before(doc)
    if before is None:
        return False
    return any(u.strong & before.keys and not (u.strong | u.weak) & doc.keys
               for u in q.units if not u.name and not u.light and u.stem.isalpha())


def without_causes(q: Question, ranked: list[Scored], ranker: Ranker) -> list[Scored]:
    """The candidates without the result passages whose cause is what a "why" question asks about
    (`cause_told_before`), when another of the best candidates that gives a reason answers it (else all of them: a
    result passage may still say the event in other words)."""
    if not q.wants.reason:
        return ranked
    kept = [r for r in ranked if not cause_told_before(q, r.doc, ranker.library)]
    tried = kept[:ranker.weights.answers_tried]
    return kept if len(kept) < len(ranked) and any(r.doc.traits.reason and ranker.answers(r, q) for r in tried) \
        else ranked
