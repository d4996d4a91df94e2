"""A "why" question answered by a passage that names a motive with its content (English).

"Why did Tarrow want closer ties with Orvia?": "Tarrow and Orvia had a common motive in 1840: to stand up to the
growing power of Telmar" gives the reason by a noun of a motive (motive, reason, aim, goal,
purpose, objective, intention) followed by what it is (after a colon, or "was to ...", "is that ..."), not by a
reason marker, and need not repeat what the question says was wanted: the sentences before it in its paragraph say
that ("In 1840 both towns were more determined than before to improve their relationship"). So, when
no passage answers a "why" question, one of the best-ranked that names such a motive answers it (any passage: one
naming only the names ranks low), when it names every name the question does and its paragraph up to it (the passage
and the sentences before it) says at least `Weights.relation_coverage` of the question's other words, but its verb
of wanting ("want", "seek", "hope"), which the motive noun says. A motive of no one the question names, or a
paragraph telling of other things, leaves the decline."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ranking import Scored

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .ranking import Ranker

__all__ = ["WANTING", "motive_answer", "names_motive"]
_WORD = re.compile(r"[a-z]+")
_MOTIVE = re.compile(r"\b(?:motive|motives|reason|reasons|aim|aims|goal|goals|purpose|objective|objectives|"
                     r"intention|intentions)\b(?:\s+[\w'’-]+){0,3}?(?:\s*:\s*|\s+(?:was|is|were|are)\s+)"
                     r"(?:to\s+[a-z]{3,}|that\s)", re.IGNORECASE)
# words of one meaning in what is wanted of a relationship: "closer ties" is "improve their relationship" (met here
# only, in a paragraph that names a motive: as synonyms everywhere they let "relations with Russia" answer "ties")
_SAME_WANT = (frozenset("tie ties relation relations relationship relationships contacts".split()),
              frozenset("closer close improve improved improving better warmer strengthen strengthened".split()))
WANTING = frozenset("want wants wanted wanting wish wishes wished seek seeks sought hope hoped hopes aim aimed "
                     "intend intended try tried".split())


def names_motive(text: str) -> bool:
    """Does a sentence name a motive with its content ("had a common motive: to ...", "the aim was to ...")?"""
    return _MOTIVE.search(text) is not None


def motive_answer(ranker: Ranker, q: Question, ranked: list[Scored]) -> Scored | None:
    """The passage, best-ranked first (then in the notes' order), that names a motive and meets an English "why"
    question (see the module's note), or None."""
    if ranker.library.words.lang.code != "en" or not q.wants.reason or q.wants.yes_no:
        return None
    names = [u for u in q.units if u.name]
    rest = [u for u in q.units if not u.name and not u.light and u.text not in WANTING]
    if not names or not rest:
        return None
    seen = {r.doc.id for r in ranked}
    for doc in [r.doc for r in ranked] + [d for d in ranker.library.docs if d.id not in seen]:
        if not names_motive(doc.text) or not all(u.strong & doc.keys for u in names):
            continue
        paragraph = [*_before(doc, ranker), doc]
        keys = frozenset().union(*(d.keys for d in paragraph))
        said = {w for d in paragraph for w in _WORD.findall(d.text.casefold())}
        if sum(u.weight for u in rest if u.strong & keys or any(u.text in g and said & g for g in _SAME_WANT)) >= \
                ranker.weights.relation_coverage * sum(
                u.weight for u in rest):
            coverage, own = ranker.coverage(doc, q.units, q.total)
            return Scored(coverage, coverage, own, doc)
    return None


def _before(doc: Doc, ranker: Ranker) -> list[Doc]:
    """The sentences before a passage in its paragraph."""
    docs = ranker.library.docs
    return [d for d in docs[:doc.id] if d.section_id == doc.section_id and d.paragraph == doc.paragraph
            and d.kind == doc.kind]
