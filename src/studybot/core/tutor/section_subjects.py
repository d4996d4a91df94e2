"""A person whose section it is: "когда экспедиция Норденшёльда вернулась в Стокгольм?" is answered by "Затем
экспедиция ... в апреле 1880 года вернулась в Стокгольм" in the section titled "Норденшёльд и «Вега»", which names
no one: a section titled by a person tells of that person, and a passage of it that names no person speaks of them,
as a passage that names nothing speaks of what the sentence before it names (`given`). A person asked about must
be named by the passage that answers (`Ranker.answers`); such a passage names them by its section's title. Not a
passage that names another person (it speaks of them), nor a person the title does not name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Unit
    from .documents import Doc
    from .names import NameBook

__all__ = ["section_subject"]


def section_subject(doc: Doc, asked: list[Unit], names: NameBook, titled: frozenset[str]) -> bool:
    """Is every person asked about named by the title of a passage's section (its keys `titled`), the passage naming no
    person of its own?"""
    return bool(asked) and not doc.persons and all(
        (u.stems or {u.stem}) & names.persons and u.strong & titled for u in asked)
