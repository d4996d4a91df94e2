"""Negation in questions and passages: the negation of a question is part of what it asks.

"Why did the US not help Belarus?", "why didn't Spain get any money?", "почему Пётр не созвал ...?", "who did not
sign ...?" ask about something that did not happen: a passage that says it happened does not answer them, one that
says the negation answers them best. A negation is a word that only negates ("not", "never", "не", "нет"), also as
held in another word, read as the grader reads it (`phrases`: "refused to", "failed to", "declined to", "rejected",
"не удалось", "отказался"); set phrases whose negator negates nothing ("without doubt", "не только") hold none. A
question's negation counts in its first clause: one in a premise after it ("где лежит ДНК, если у них нет ядра?")
is not what it asks. Of the passages that answer such a question, those saying a negation come first
(`negating_first`), and a reason given for the opposite elsewhere ("Because ..., the council paid") is none
(`replies`; a sentence next to the negation goes on about it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from ..matching import Prepared
from ..phrases import rewrite_negatives, rewrite_phrases
from .words import NEGATED_KEY, WORD, Words

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc

__all__ = ["asks_negated", "negated", "negating_first", "opposite"]


class _Passage(Protocol):
    """A scored passage (`ranking.Scored`)."""

    @property
    def doc(self) -> Doc: ...


Candidate = TypeVar("Candidate", bound=_Passage)


def negated(words: Words, text: str) -> bool:
    """Does a normalised text say a negation (a word that only negates, as written or held in another word)?"""
    said = rewrite_negatives(rewrite_phrases(text, words.lang), words.lang)
    return any(w in words.tw.bare_negators for w in WORD.findall(said))


def asks_negated(words: Words, question: Prepared) -> bool:
    """Does a question say a negation in its first clause?"""
    first = question.clauses[0] if question.clauses else 0
    return negated(words, " ".join(w for w, c in zip(question.words, question.clauses, strict=True) if c == first))


def negating_first(q: Question, tried: list[Candidate], answers: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates for a question that asks a negation, without those that say its opposite (`opposite`) when one
    that says a negation answers it: "which council did not pay?" is not answered by "the council of Kessa paid"."""
    if not any(u.stem == NEGATED_KEY for u in q.units):
        return tried
    if not any(answers(r) for r in tried if NEGATED_KEY in r.doc.keys):
        return tried
    return [r for r in tried if NEGATED_KEY in r.doc.keys or not opposite(q, r.doc)]


def opposite(q: Question, doc: Doc) -> bool:
    """Does a passage say, with no negation, all that a question asking a negation does ("Because ..., the council
    paid" for "why did the council not pay?")? It says the opposite of what is asked."""
    return NEGATED_KEY not in doc.keys and all(u.strong & doc.keys for u in q.units if u.stem != NEGATED_KEY)
