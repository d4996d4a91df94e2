"""A short answer followed by its explanation: "Smith — Jones was ill that day", "it's argon - it fills the lamp and
glows", "winged ones, the queen does not feed them". The answer is what comes before the dash or the comma; the
clause after it says why or how, and a known mistake's or another answer's word there ("Jones") is no answer. Read
so only where the part after has a verb of its own (a clause, not a second name or a list: "Smith — Jones", "Smith,
Jones" stay two answers) and does not open with a word of choice, denial or contrast ("or", "no", "but", "или",
"нет", "но": "Smith, but Jones found it first" names Jones). English and
Russian word forms, no word of a text."""

from __future__ import annotations

import re

__all__ = ["explained_head"]

_SPLIT = re.compile(r"\s+[—–-]\s+|\s*,\s+")
# a clause's finite verb or its subject pronoun (English); a Russian finite verb's ending
_EN_CLAUSE = re.compile(r"\b(?:it|he|she|they|we|you|i|there|that|this)\b|\b(?:is|are|was|were|has|had|does|did|"
                        r"doesn't|didn't|can|could|would|will)\b|\b[a-z]{3,}(?:ed|es)\b")
_RU_CLAUSE = re.compile(r"(?<!\w)[а-яё]{2,}(?:[аеиоуыя]л|ла|ло|ли|ет|ит|ют|ят|ут|ат|ется|ится|ются|ятся|лся|лась|"
                        r"лись)(?!\w)")
# choice, denial or contrast: "Olbers, but Herschel found it first" says of another what the question asks
_OPENING = {"en": frozenset("or no not nor never but yet though although however whereas".split()),
            "ru": frozenset("или либо нет не ни но а однако зато хотя".split())}
_SHORTEST = 3  # words of the explanation at least


def explained_head(answer: str, code: str) -> str:
    """The part of a short answer before the clause that explains it, or ""."""
    text = " ".join(answer.split())
    m = _SPLIT.search(text)
    if m is None or m.start() == 0:
        return ""
    head, rest = text[:m.start()].strip(), text[m.end():].strip().casefold()
    words = rest.split()
    clause = _EN_CLAUSE if code == "en" else _RU_CLAUSE if code == "ru" else None
    if clause is None or len(words) < _SHORTEST or words[0].strip(",.;:") in _OPENING[code] \
            or not clause.search(rest):
        return ""
    return head
