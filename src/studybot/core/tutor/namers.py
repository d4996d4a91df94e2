"""Declining "who named X?" when the reply tells only that X was named, not by whom.

"Who named the disorder?", "who coined the term?", "кто назвал остров X?" ask for the one who gave the name. A
sentence that says the name with a passive and no agent ("the phenomenon was soon named colony collapse disorder",
"the island was named after a saint", "a gap called the bee space", "остров назван в честь святого", "его называют
отцом авиации") tells the name, or whom it honours, and not who gave it; a person the sentence names in another role
("the beekeeper X reported that ...; the phenomenon was soon named ...") is no namer either. So the tutor declines
when every naming word of the reply's sentences is said so: in English a naming verb's participle that follows a form
of "be" or a noun, with no "by" after it in its clause ("was coined around 1970 by X" tells); in Russian a short
passive participle ("назван", "прозвана") or a present, reflexive or impersonal form ("называют", "называется",
"зовут"). An active naming verb ("X named it", "he called it", "Иванов назвал", "назвали") may have its agent, and
a reply with no naming word at all is left to the ranking (the name may be told as "X gave it the name").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import normalise
from .analysis import Question

__all__ = ["namer_unsaid"]

# English: a question asking who gave a name ("who named", "who first called", "who coined")
_ASKED_EN = re.compile(r"^who\s+(?:first\s+|originally\s+)?(?:named|called|coined|dubbed|christened|nicknamed)\b")
# the naming words of a sentence, and what tells they have an agent
_NAMING_EN = re.compile(r"\b(?:named|called|coined|dubbed|christened|nicknamed|renamed)\b")
_BE_EN = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_ADVERBS_EN = frozenset({"soon", "later", "also", "often", "usually", "sometimes", "first", "then", "now", "commonly",
                         "originally", "popularly", "therefore", "so", "jokingly", "still", "widely"})
_SUBJECTS_EN = frozenset({"he", "she", "they", "we", "i", "who", "which", "that"})
_CLAUSE_END = re.compile(r"[;:.!?]")

# Russian: "кто назвал (прозвал, окрестил) X?", "кто дал название X?", "кто придумал название X?"
_ASKED_RU = re.compile(r"^кто\s+(?:первым\s+|впервые\s+)?(?:назвал|прозвал|окрестил|переименовал|(?:дал|придумал)\s+"
                       r"(?:название|имя))")
_NAMING_RU = re.compile(r"(?<!\w)(?:на|про|пере)?(?:зва|зыва|зов)\w*|(?<!\w)окрещ\w*")
_AGENTLESS_RU = re.compile(r"(?<!\w)(?:на|про|пере)?(?:зван[аоы]?|зывают|зывают?ся|зывал[аи]?сь|зывался|зывали|зовут|"
                           r"зовётся|зовется)(?!\w)|(?<!\w)окрещен[аоы]?(?!\w)")


def namer_unsaid(q: Question, sentences: Iterable[str], language: str) -> bool:
    """Does a "who named X?" question get a reply whose every naming word is said with no namer? False when the
    question asks no namer or the reply says no naming word."""
    text = " ".join(sentences)
    if language == "en":
        return bool(_ASKED_EN.search(q.text)) and _agentless_en(text)
    if language == "ru":
        return bool(_ASKED_RU.search(q.text)) and _agentless_ru(normalise(text))
    return False


def _agentless_en(text: str) -> bool:
    """Is every naming word of an English text a participle after "be" or a noun with no "by" in its clause?"""
    lowered = text.casefold()
    found = list(_NAMING_EN.finditer(lowered))
    if not found:
        return False
    for m in found:
        clause = _CLAUSE_END.split(lowered[m.end():], maxsplit=1)[0]
        if re.search(r"\bby\b", clause):
            return False  # "was coined ... by X"
        before = [w for w in re.findall(r"[\w'’-]+", text[:m.start()])[-3:] if w.casefold() not in _ADVERBS_EN]
        if not before:
            return False  # opens the sentence: no telling
        last = before[-1]
        if last.casefold() in _BE_EN:
            continue  # "was (soon) named"
        if last.casefold() in _SUBJECTS_EN or last[:1].isupper():
            return False  # "he named it", "Pierce coined", "which he called": an agent
        if last.islower():
            continue  # "a gap called the bee space": a participle after its noun
        return False
    return True


def _agentless_ru(text: str) -> bool:
    """Is every naming word of a Russian text a short passive participle or a present, reflexive or impersonal form?"""
    found = [m.group(0) for m in _NAMING_RU.finditer(text)]
    return bool(found) and all(_AGENTLESS_RU.fullmatch(w) for w in found)
