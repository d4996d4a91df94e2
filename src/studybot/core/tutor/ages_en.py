"""An age asked in English (issue #12), the counterpart of `asked_ru.gives_age`.

"How old was Lewis?", "at what age did she die?" ask how old someone or something was: "an army captain of 28",
"then aged 28", "at the age of 28", "a 28-year-old captain", "28 years old", "in her thirties", "died at 56", "was only
17 when ..." answer, and a figure of an age as the ranking finds it ("at what age do workers forage?": "from about day
21"). "Clark, who was four years older" does not answer "how old was Lewis?", though it holds the asked word and a
figure of years: it tells Clark's age against Lewis's (and answers "how old was Clark?"), so unless it also says an age
or a date ("how old is the bridge?": "opened in 1932") it does not supply the kind of answer asked, and the ranking's
next choice, or a decline, stands.

Rules of English (its question words and how it says an age), no word of a text; other languages' questions never
match, so they keep what they had."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc

__all__ = ["asks_age_en", "gives_age_en", "says_age_en"]

_ASKED = re.compile(r"^\W*(?:(?:and|but|so) )?(?:how old\b|at what age\b|what age\b)")
_N = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)"  # "28", "twenty-eight"
_AROUND = r"(?:(?:about|around|only|just|nearly|almost|barely|over|under|some|then) )?"
_GIVEN = re.compile(
    rf"\baged? {_AROUND}(?:of )?{_N}\b|\bage of {_AROUND}{_N}\b|\b{_N}[- ]years?[- ]old\b"  # "aged 28", "28-year-old"
    rf"|\bin (?:his|her|their) (?:early |mid-?|late )?[a-z]+ties\b"  # "in her thirties"
    rf"|\b(?:died|dies|retired|married) (?:at|aged) {_AROUND}\d{{1,3}}\b"  # "died at 56"
    rf"|\b(?:was|were|is) {_AROUND}\d{{1,3}}(?= when| at the time| then|[,;.)]|$)"  # "was only 17 when"
    rf"|\b[a-z]+ of {_AROUND}\d{{1,3}}(?= ?(?:[,;:.)]|$| and\b| when\b| who\b))")  # "a captain of 28,"
# "X, who was four years older": X's age told by another's, so of X only (the word before the clause)
_RELATIVE = re.compile(rf"\b([a-z]+),?(?: who)? (?:was|were|is|are) {_AROUND}{_N} years? (?:older|younger)\b")


def gives_age_en(doc: Doc, q: Question) -> bool:
    """Does a passage give the kind of answer of an English age question: any, unless the question asks an age and
    the passage tells only another's age against the one asked of ("Moss, who was six years older"), no age of its own
    nor a date?"""
    return (not asks_age_en(q) or doc.traits.dated or says_age_en(doc.text) or not _RELATIVE.search(
        normalise(doc.text)) or _told_by_another(doc.text, q))


def asks_age_en(q: Question) -> bool:
    """Does an English question ask how old someone or something is or was?"""
    return _searched(q.text)


@lru_cache(maxsize=4096)
def says_age_en(text: str) -> bool:
    """Does a sentence say someone's or something's age ("aged 28", "a captain of 28", "a 300-year-old oak")?"""
    return bool(_GIVEN.search(normalise(text)))


def _told_by_another(text: str, q: Question) -> bool:
    """Does a passage tell the age of a name the question asks about by another's ("Clark, who was four years
    older")?"""
    asked = {w for u in q.units if u.name for w in u.text.split()}
    return any(m.group(1) in asked for m in _RELATIVE.finditer(normalise(text)))


@lru_cache(maxsize=1024)
def _searched(text: str) -> bool:
    return bool(_ASKED.search(text))
