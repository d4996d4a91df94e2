"""`studybot validate QUESTIONS.yaml --pack PACK`: a question whose expected facts are in none of the pack's notes.

The tutor answers in the sentences of the notes (and of `source.text`), and a reply counts as right when it holds
one of the question's `expect` strings; a fact the notes never write in those words can never be given, however
well the tutor reads the question. Authors copy facts by hand and slip ("3:25 pm" for the notes' "3.25 p.m.", a
fact across a wrapped line rejoined wrongly), so validate says which, at its line."""

from __future__ import annotations

import re

from .packs import Pack
from .packs.question_sets import Question
from .text import strip_accents

__all__ = ["facts_not_in_notes"]

_SPACE = re.compile(r"\s+")


def _folded(text: str) -> str:
    """Case, accents and spacing folded, as a reply's sentences are compared with a question's facts."""
    return _SPACE.sub(" ", strip_accents(text).casefold()).strip()


def facts_not_in_notes(pack: Pack, questions: list[Question]) -> list[Question]:
    """The questions with expected facts none of which the pack's notes (or its source text) write."""
    notes = _folded(" ".join([*(s.notes for s in pack.sections), pack.source_text() or ""]))
    return [q for q in questions if q.expect and not any(_folded(fact) in notes for fact in q.expect)]
