"""A sentence that opens with its date goes on about the event the sentence before it announces (English): "Haber
oversaw the first large gas attack in history. On 22 April 1915, near Ypres, German soldiers opened 5,700
cylinders ...". A text often names an event in one sentence and tells it, from its date on, in the next: the date of
"the first large gas attack" is the next sentence's, though that sentence says no word of the question. Read by
`Ranker.fills` for a "when" question only, and only for the sentence right after the answer in its paragraph."""

from __future__ import annotations

import re

from ..lexicon_paraphrase import IRREGULAR_VERBS

__all__ = ["asks_event_noun", "opens_with_date"]

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# "On 22 April 1915,", "In 1915", "In the spring of 1912", "On the night of 14 April 1912", "Early in 1916"
_OPENING_DATE = {"en": re.compile(
    rf"^\W*(?:(?:early|late|later|then) )?(?:on|in|by|during) (?:the (?:(?:early |late )?(?:spring|summer|autumn|fall|"
    rf"winter|morning|afternoon|evening|night|end|start|beginning|middle)) of )?(?:\d{{1,2}}(?:st|nd|rd|th)? )?"
    rf"(?:(?:{_MONTHS}) )?(?:\d{{1,2}}(?:st|nd|rd|th)?,? )?\d{{3,4}}\b", re.IGNORECASE)}


# "When was the first gas attack?", "When were the riots?": "when", a form of "be", an article, then no verb at the end
_EVENT_NOUN = {"en": re.compile(
    r"^\W*when (?:was|were|is|are) (?:the|a|an|his|her|its|their) (?:[\w'-]+ )*?([\w'-]+)\W*$", re.IGNORECASE)}
_VERB_FORMS = frozenset(IRREGULAR_VERBS.replace("|", " ").split())
_PARTICIPLE = ("ed", "en")


def asks_event_noun(text: str, code: str) -> bool:
    """Does a question ask when an event named by a noun was ("When was the first big gas attack?"), no verb of its
    own last ("When was the tank built?", "When was the bridge opened?")?"""
    pattern = _EVENT_NOUN.get(code)
    found = pattern.match(text) if pattern is not None else None
    if found is None:
        return False
    last = found.group(1).casefold()
    return not last.endswith(_PARTICIPLE) and last not in _VERB_FORMS


def opens_with_date(text: str, code: str) -> bool:
    """Does a sentence open with the date of what it tells ("On 22 April 1915, ...", "In the spring of 1912 ...")?"""
    pattern = _OPENING_DATE.get(code)
    return pattern is not None and pattern.match(text) is not None
