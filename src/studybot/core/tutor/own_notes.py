"""The instructor's own wording first: when the passage chosen is a sentence of the source text and a sentence of
the notes says the same thing and answers the question as well, the reply gives the notes' sentence. The notes are
what the tutor answers from (README, "What the tutor answers from your notes"); a source text retells them in the
author's words, and a learner is quizzed on the notes' wording, never the source's ("The mill, built by Arn in 1820,
..." in the source and "Arn built the mill (1820)." in the notes: "who built the mill?" is answered by the notes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ranking import supplies

if TYPE_CHECKING:
    from .analysis import Question
    from .ranking import Ranker, Scored

__all__ = ["notes_first"]

SAME_SHARE = 0.5  # of what the source sentence says beyond the question, the share the notes' sentence says too
# (a word of it or of its keys: a synonym, another form)
SCORE_MARGIN = 0.2  # ... when it ranks at most this far below the source's and answers the question itself
TWIN_SHARE = 0.75  # a notes' sentence saying this share of it is its twin: it answers what the source sentence does


def notes_first(ranker: Ranker, q: Question, best: Scored, ranked: list[Scored]) -> Scored:
    """A sentence of the notes in place of the source sentence `best`: its twin (`TWIN_SHARE` of what `best` says
    beyond the question), or one that tells much the same (`SAME_SHARE`) and answers `q` itself; else `best`."""
    if best.doc.kind != "source":
        return best
    words = ranker.library.words
    prepared = words.prepare(best.doc.text)
    stems = words.stems(prepared)
    said = {stems[i] for i in words.content(prepared)} - q.stems  # its content words the question does not say
    if not said:
        return best
    for r in ranked[:ranker.weights.answers_tried]:
        if r.doc.kind != "note" or not supplies(r.doc, q, ranker.library.words):
            continue
        share = len(said & r.doc.keys) / len(said)
        if share >= TWIN_SHARE or share >= SAME_SHARE and r.score >= best.score - SCORE_MARGIN and ranker.answers(r, q):
            return r
    return best
