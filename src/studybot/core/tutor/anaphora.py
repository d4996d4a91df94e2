"""A name said by a pronoun: the sentence before names it, the passage goes on about it.

"Ключевская сопка — самый высокий действующий вулкан Евразии. Это молодой вулкан: его возраст около 7 000 лет."
answers "сколько лет Ключевской сопке?", "The colony swarms in May. It then ..." tells of the colony: a passage
that opens with a pronoun (or "this", "это", `Traits.continues`) goes on about what the sentence before it names,
so a name of the question that sentence holds is said by the passage itself, as fully as by its own word. Only the
sentence right before, in the same paragraph: a pronoun reaches no further back. A passage that opens with a name
of its own ("Гленн ...") does not go on about another's (`Traits.continues` is false)."""

from __future__ import annotations

from typing import Protocol

from .analysis import Unit
from .documents import Doc

__all__ = ["said_before"]


class _Neighbours(Protocol):
    def neighbours(self, doc: Doc, reach: int = 1) -> list[Doc]: ...


def said_before(doc: Doc, u: Unit, library: _Neighbours) -> bool:
    """Is a name of the question the one a passage's opening pronoun stands for: the passage continues the sentence
    right before it, and that sentence names it?"""
    if not (u.name and doc.traits.continues):
        return False
    return any(n.id == doc.id - 1 and u.strong & n.keys for n in library.neighbours(doc))
