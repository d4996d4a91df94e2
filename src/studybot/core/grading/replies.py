"""A yes/no question answered "no" by its own words negated: "it didn't give women political rights" for "Did
the Declaration give women equal political rights?", "it does not" for "Does lactate cause the soreness?",
"Не стоит, он на Ангаре" for "Стоит ли Иркутск на берегу Байкала?". The answer's first clause (up to a comma,
semicolon, colon or dash) holds one negator and, besides function words, only words of the question: it says
what the question asks, denied, so it is read as the language's "no" (and the rest of the answer after it).

The other way round (round 60, the lead's own pack): a keypoint that says the question denied ("колокол ни разу не
звонил" for "Звонил ли Царь-колокол?", "the bell never rang" for "Did the bell ever ring?") is what a bare reply of
"no" says: "нет, ни разу", "никогда, ...", "no, never" are read as that point (and the rest of the answer after it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..matching import Prepared

__all__ = ["no_as_point", "said_as_no"]

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


# the words of a bare reply of "no" to a yes/no question, as prepared ("ни разу" is "0 раз", "not once", "nope")
_REPLY_NO = frozenset("no nope not never once ever at all нет никогда 0 раз ни одного разу".split())
_YES_NO = {"en": re.compile(r"^\W*(?:did|does|do|was|were|is|are|has|have|had|could|can|will|would)\b", re.I),
           "ru": re.compile(r"[^\W\d_]+\s+ли\b|^\W*(?:правда|верно) ли\b", re.I)}


def no_as_point(answer: str, prompt: str, points: tuple[str, ...], prep: Callable[[str], Prepared],
                language: str) -> str | None:
    """The answer with its opening reply of "no" ("нет, ни разу", "never", "no, never") read as the card's keypoint
    that says the question denied, when the prompt asks yes or no and one point says so; None otherwise."""
    yes_no = _YES_NO.get(language)
    m = _FIRST_CLAUSE.match(" ".join(answer.split()))
    if yes_no is None or m is None or not yes_no.search(prompt):
        return None
    clause, rest = prep(m.group("clause")), (m.group("rest") or "").strip()
    if not clause.words or not set(clause.words) <= _REPLY_NO:
        return None
    if rest and set(rest_words := prep(rest).words) <= _REPLY_NO and rest_words:
        rest = ""  # "нет, ни разу": the reply said twice
    asked = set(prep(prompt).stems)
    for point in points:
        said = prep(point)
        if not said.negated():
            continue
        own = [said.stems[i] for i in said.content() if said.words[i] not in _REPLY_NO]
        if not own or sum(stem in asked for stem in own) < max(1, len(own) - 1):
            continue
        after = prep(rest) if rest else None
        if after is not None and not after.negated() and {after.stems[i] for i in after.content()} & set(own):
            return None  # "нет, звонил", "no, it rang once": the rest says what the reply denied
        return f"{point}, {rest}" if rest else point
    return None
