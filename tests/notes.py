"""A tutor on a few lines of invented notes, whether it answers with a fact and where a sentence ranks: for the
tests that show one rule of a language each."""

from __future__ import annotations

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor


def tutor_on(notes: str, title: str, language: str = "en", section_title: str | None = None) -> Tutor:
    """A one-section pack of `notes` (the section titled `section_title`, or as the pack)."""
    section = Section(id="s", title=section_title or title, notes=notes)
    return Tutor(Pack(id="t", title=title, sections=(section,), cards=(), language=language), language=language,
                 cache=False)


def says(tutor: Tutor, question: str, fact: str) -> bool:
    """Does the tutor answer `question` with sentences holding `fact`?"""
    reply = tutor.ask(question)
    return reply.kind == "answer" and fact in " ".join(reply.sentences)


def place(tutor: Tutor, question: str, sentence: str) -> int:
    """Where a sentence of the notes ranks for a question (0: first)."""
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return next(i for i, r in enumerate(tutor.ranker.rank(asked)) if r.doc.text.startswith(sentence))
