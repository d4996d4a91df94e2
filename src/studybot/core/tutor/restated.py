"""The sentence after a passage that only restates a question: what the text goes on to say of it.

A text often names what it is about in one sentence and tells it in the next: "The engineers split the network into
three layers. The lowest carries the signal, ...", "The kilns were given a new name in 1820. They were called ...".
A learner's question restates the first ("what are the three layers of the network?") and the ranking rightly finds
it, but it gives nothing the question does not already say: at most `Weights.restating_margin` content words beyond
the question's. The sentence right after it in its paragraph is then what the text says of it, and joins the reply
(when there is room, after the sentences the answer needs), unless it gives the kind of answer asked for (a date
for "when", a figure for "how many", a new name for "who"). A "why" question has its own rule (`replies._told_after`,
shown after the text's "no reason"), and a yes/no question is answered by the restatement itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ranking import fits

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .ranking import Ranker

__all__ = ["told_next"]


def told_next(doc: Doc, q: Question, ranker: Ranker) -> list[Doc]:
    """The sentence right after `doc` (in its paragraph) when `doc` only restates the question (see the module)."""
    if q.wants.yes_no or q.wants.reason or fits(doc, q, ranker.weights, hard=True) or not _restates(doc, q, ranker):
        return []  # (a passage giving the kind of answer asked for says it: "The mill opened on 4 June 1788.")
    return [n for n in ranker.library.neighbours(doc) if n.id == doc.id + 1]


def _restates(doc: Doc, q: Question, ranker: Ranker) -> bool:
    """Does a passage say at most `restating_margin` content words that no word of the question meets (a name's
    words, a figure, a word in the question's own form or a synonym: "Engineers split the network into three layers."
    for "what are the three parts the network is split into?" says "engineers" and "layers" besides)?"""
    words = ranker.library.words
    met = frozenset[str]().union(*(u.strong | u.weak for u in q.units)) | q.stems
    asked = set(words.tokens(q.text))
    extra = {w for w in words.tokens(doc.text) if w not in words.stop and w not in asked and not w.isdigit()
             and not ({words.stem(w), words.name_stem(w)} | words.keys(w, words.stem(w))[0]) & met}
    return len(extra) <= ranker.weights.restating_margin
