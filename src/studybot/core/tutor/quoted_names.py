"""A name the question writes in quotes is a thing's, not a person's: "кто был капитаном «Сибирякова»?" asks of the
ship «Александр Сибиряков», named after a person, and "who built the «Admiral Kane»?" of a ship too. A person the
question asks about must be named by the passage that answers (`Ranker.answers`); a ship, a book or a company named
after one need not be said again by the sentence that names its captain. Quotes of either kind, as `normalise` leaves
them (straight double quotes)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Unit

__all__ = ["quoted"]

_QUOTED = re.compile(r'"([^"]{1,80})"')
_WORD = re.compile(r"[^\W\d_]+")


def quoted(u: Unit, text: str) -> bool:
    """Is a unit of a question (by its text) a word the question (normalised `text`) writes inside quotes?"""
    return any(u.text in _WORD.findall(m.group(1)) for m in _QUOTED.finditer(text))
