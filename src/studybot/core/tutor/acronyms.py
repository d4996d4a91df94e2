"""Acronyms a sentence spells out: "the Internet Engineering Task Force (IETF)", "the MTU
(maximum transmission unit)", "RFCs, short for Request for Comments".

A sentence spells out an acronym when the acronym stands in brackets after words whose
initials end with its letters (with its capitals, when it mixes them with small letters: "Access, Watch and Reserve
(AWaRe)", where a word gives more than its initial), when words in brackets or after a comma after it have its
initials ("IANA, the Internet Assigned Numbers Authority"), or when one of the
language's cues ("short for", "stands for") follows it, or follows it farther on with its initials after it
("the letters HH on the city's plates stand for Hansestadt Hamburg"). Such a
sentence is the answer to "what does X stand for?" (see `ranking`). Works on any
script: an acronym is a run of two to eight capital letters (digits allowed after the
first), with an optional plural "s".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import WORD

if TYPE_CHECKING:
    from .analysis import Unit
    from .documents import Doc

__all__ = ["EXPANDS_KEY", "spells_out", "spelt_out"]

EXPANDS_KEY = "zexp"  # + the acronym's stem: the passage spells the acronym out
LOOK_BACK = 8  # words before the brackets that may spell the acronym out
FAR_CUE = 60  # characters between an acronym and a cue after it whose next words have its initials
_ACRONYM = r"[^\W\d_a-zа-яё][^\W_a-zа-яё]{1,7}"
_BRACKETED = re.compile(rf"\(\s*({_ACRONYM})s?\s*\)")
_MIXED = re.compile(r"\(\s*([^\W\d_a-zа-яё][^\W\d_]{1,9})\s*\)")  # "(AWaRe)", "(DoD)": its capitals are the initials
_BEFORE_BRACKETS = re.compile(rf"\b({_ACRONYM})s?\s*\(([^()]+)\)")
# "X is the (Latin) abbreviation for ...", "X was an acronym for ...": the cue after a copula and a determiner, with
# up to two words qualifying it (not a relative clause: "the UN is a body that stands for peace")
_COPULA = (r"(?:\s+(?:is|was|are|were|является)\s+(?:(?:the|an?)\s+)?"
           r"(?:(?!(?:that|which|who|что|который|которая)\b)[^\W\d_]+\s+){0,2}?)")
_APPOSITION = re.compile(rf"\b({_ACRONYM})s?,\s+([^,;:()]+)")  # "IANA, the Internet Assigned Numbers Authority,"


def _initials(words: list[str]) -> tuple[str, str]:
    """The initials of the capitalised words, and of the words that are capitalised or
    longer than a joiner ("of", "for", "по")."""
    capitalised = "".join(w[0] for w in words if w[:1].isupper())
    full = "".join(w[0] for w in words if w[:1].isupper() or len(w) > 3)
    return capitalised.casefold(), full.casefold()


def spelt_out(text: str, cues: tuple[str, ...]) -> set[str]:
    """The acronyms (as written, without a plural "s") that a sentence spells out."""
    found: set[str] = set()
    for m in _BRACKETED.finditer(text):  # "the Internet Engineering Task Force (IETF)"
        letters = "".join(c for c in m.group(1) if c.isalpha()).casefold()
        if letters and any(i.endswith(letters) for i in _initials(WORD.findall(text[:m.start()])[-LOOK_BACK:])):
            found.add(m.group(1))
    for m in _MIXED.finditer(text):  # "Access, Watch and Reserve (AWaRe)": a word may give more than its initial;
        capitals = "".join(c for c in m.group(1) if c.isupper()).casefold()  # "Office of Trade (MoT)": a joiner too
        initials = _initials(WORD.findall(text[:m.start()])[-LOOK_BACK:])
        if len(capitals) >= 2 and m.group(1) != m.group(1).upper() and any(
                i.endswith(capitals) or i.endswith(m.group(1).casefold()) for i in initials):
            found.add(m.group(1))
    for m in (*_BEFORE_BRACKETS.finditer(text), *_APPOSITION.finditer(text)):  # "the MTU (maximum transmission unit)"
        letters = "".join(c for c in m.group(1) if c.isalpha()).casefold()
        if letters and any(i.startswith(letters) for i in _initials(WORD.findall(m.group(2)))):
            found.add(m.group(1))
    if cues:
        pattern = rf"\b({_ACRONYM})s?\b{_COPULA}?[\s,(\"'“«]*(?:{'|'.join(map(re.escape, cues))})\b"
        found.update(m.group(1) for m in re.finditer(pattern, text))  # "RFCs, short for Request for Comments"; "X is
        # the Latin abbreviation for ..."
        farther = rf"\b({_ACRONYM})s?\b[^.;:()\"“«]{{1,{FAR_CUE}}}?\s(?:{'|'.join(map(re.escape, cues))})\s+([^,;:()]+)"
        for m in re.finditer(farther, text):  # "the letters HH on the city's number plates stand for Hansestadt
            letters = "".join(c for c in m.group(1) if c.isalpha()).casefold()  # Hamburg": the words after the cue
            if letters and any(i.startswith(letters) for i in _initials(WORD.findall(m.group(2)))):  # have its initials
                found.add(m.group(1))
    return found


def spells_out(doc: Doc, names: tuple[Unit, ...]) -> bool:
    """Does a passage spell out an acronym the question names (its key `EXPANDS_KEY` + the acronym's stem)?"""
    return any(EXPANDS_KEY + k in doc.keys for u in names for k in u.strong)
