"""A yes/no question answered "no" by its own words negated: "it didn't give women political rights" for "Did
the Declaration give women equal political rights?", "it does not" for "Does lactate cause the soreness?",
"Не стоит, он на Ангаре" for "Стоит ли Иркутск на берегу Байкала?". The answer's first clause (up to a comma,
semicolon, colon or dash) holds one negator and, besides function words, only words of the question: it says
what the question asks, denied, so it is read as the language's "no" (and the rest of the answer after it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Prepared

__all__ = ["said_as_no"]

_NO = {"en": "no", "ru": "нет"}
_FIRST_CLAUSE = re.compile(r"^(?P<clause>[^,;:—–]+?)(?:\s*(?:[,;:—–]|\s-\s)\s*(?P<rest>.*))?$")


def said_as_no(answer: str, prompt: str, prep: Callable[[str], Prepared], language: str) -> str | None:
    """The answer with its first clause read as "no" ("no, he is on the Angara"), when that clause is the
    question's own words denied; None otherwise."""
    no = _NO.get(language)
    m = _FIRST_CLAUSE.match(" ".join(answer.split()))
    if no is None or m is None:
        return None
    clause, asked = prep(m.group("clause")), prep(prompt)
    negators = clause.lang.lex.negators
    if not clause.words or clause.words[0] in _NO.values() \
            or sum(1 for w in clause.words if w in negators) != 1:  # "no, ..." already; "not un-..." is no denial
        return None
    stems = set(asked.stems)
    if any(clause.stems[i] not in stems for i in clause.content() if clause.words[i] not in negators):
        return None  # a word the question does not say: more than a denial of it
    rest = (m.group("rest") or "").strip()
    return f"{no}, {rest}" if rest else no
