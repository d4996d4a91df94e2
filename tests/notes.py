"""A tutor on a few lines of invented notes, and whether it answers with a fact: for the
tests that show one rule of a language each."""

from __future__ import annotations

from studybot.core.packs import Pack, Section
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
