"""The pack's subject asked about by a person's name: "при Петре", "мать Менделеева" in a pack about them, or "How much
did Hubble weigh?" in a pack on the Hubble Space Telescope, which also names Edwin Hubble. A passage answers of that
subject when it names the person next to it (its context), or, where the name is a thing's too (the pack writes it
before a word of that thing: "the Hubble Space Telescope"), when it names no person at all ("The spacecraft weighed
11 tonnes"): the thing is what it speaks of. A pack that writes the name only of the person keeps the first test."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Unit
    from .documents import Doc
    from .names import NameBook

__all__ = ["about_subject"]


def about_subject(doc: Doc, asked: list[Unit], names: NameBook, context: frozenset[str]) -> bool:
    """Is every person asked about the subject of the whole pack (a light word: of its title), and either named in the
    passage's `context`, or a thing's name too and the passage names no person?"""
    persons = names.persons  # a person's name ("Marshall Plan" is no person)
    return all(u.light and (u.stems or {u.stem}) <= persons for u in asked) and (any(
        u.strong & context for u in asked) or not doc.persons and all(any(
            seq[0] == u.stem and seq[1] not in persons for seq in names.sequences if len(seq) > 1) for u in asked))
