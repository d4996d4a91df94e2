"""A refusal whose object is the deed asked for in the clause before: "the board ordered him to close the clinic; he
refused" says he refused to close the clinic, as "he was told to sign and declined" says he declined to sign. The
refusal is given its object again ("he refused to close the clinic"), which the grader reads as the deed not done
(`lexicon.PHRASES`: "refused to" is "did not"). Only a refusal with no object of its own ("refused to pay", "refused
the offer" keep theirs) after a verb of asking with "to" and a deed of a few words. English; nothing of one text."""

from __future__ import annotations

import re

__all__ = ["refusal_objects"]

_ASKED = (r"ordered|asked|told|forced|urged|pressed|required|instructed|commanded|begged|invited|wanted|expected"
          r"|pressured|compelled|directed|advised|called on|called upon|pushed")
_BOUNDARY = r"(?=\s*(?:[;,.!?]|\b(?:but|and|yet|so)\b))"
_REFUSAL = re.compile(
    rf"\b(?:{_ASKED}) (?:(?:[^\W\d_]+ ){{0,3}}?)to (?P<deed>(?:[^\W\d_]+ ){{0,5}}[^\W\d_]+){_BOUNDARY}"
    r"(?P<between>[^.!?]{0,60}?)\b(?P<verb>refused|declined|refuses|declines)\b"
    r"(?!\s+(?:to|it|this|that|these|those|the|a|an|him|her|them|his|their|its|any|all|every|each|on|because)\b)"
    r"(?=\s*(?:[;,.!?)]|\b(?:and|but|so|because|since|as|instead)\b|$))")
_HINT = re.compile(r"\b(?:refus|declin)")


def refusal_objects(text: str) -> str:
    """`text` (normalised) with a refusal of the deed asked for before given that deed as its object."""
    if not _HINT.search(text) or " to " not in text:
        return text
    return _REFUSAL.sub(lambda m: m.group(0) + " to " + m.group("deed"), text)
