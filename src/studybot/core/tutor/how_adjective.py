"""Declining "how ADJ is X?" when the passage gives no degree of it.

"How accurate is X?", "how reliable was X?", "how safe is X?": the question asks for a degree of a quality, given by
a figure ("accurate to within 5 metres") or by the adjective itself or its own keys ("very reliable", "the most
accurate"). The adjective frames the question (a light word, `Question.kinds`), so the ranking lets a passage about X
that says neither answer it ("X is unusual because it mixes orbits ..."); that passage answers something else, and
the tutor declines. Questions whose adjective asks a measure ("how high", "how long": `Wants.measures`) or a count
("how many") are `supplying`'s; English only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .analysis import Question
from .documents import Doc
from .supplying import telling

if TYPE_CHECKING:
    from .ranking import Ranker, Scored

__all__ = ["degree_unsaid", "telling_degree"]

_HOW = re.compile(r"^how (\w+) ")


def degree_unsaid(q: Question, doc: Doc, code: str) -> bool:
    """Does a "how ADJ is X?" question get a passage saying neither the adjective nor a figure?"""
    wants = q.wants
    found = _HOW.match(q.text)
    if code != "en" or found is None or wants.numeric or wants.measures or wants.manner or wants.yes_no \
            or wants.reason:  # "how come ...?"
        return False
    asked = [u for u in q.units if u.text == found.group(1) and u.stem in q.kinds]
    return bool(asked) and not doc.traits.numeric and not any(u.strong & doc.keys for u in asked)


def telling_degree(ranker: Ranker, q: Question, ranked: list[Scored], code: str) -> Scored | None:
    """The best-ranked passage that answers a "how ADJ is X?" question and says a degree of it (or None)."""
    return telling(ranker, q, ranked, lambda doc: not degree_unsaid(q, doc, code))
