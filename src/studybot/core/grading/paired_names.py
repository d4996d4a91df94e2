"""Two names joined by "and" where one is asked for ("Lübeck and Bremen", "Libby and Fermi", "Ельцин и Горбачёв"):
each name is a claim, as each alternative of "X or Y" is; the answer is right only when each name alone is. A part
that is no name ("Libby and his team", "Lübeck and its port") says more of the one named, and so do the partners a
firm's name ends with ("Eli Lilly and Company", "Smith & Sons"). A rule of English and
Russian: names are written with capitals, joined by "and", "&" or "и"."""

from __future__ import annotations

import re

__all__ = ["JOINED", "paired_names"]

JOINED = {"en": re.compile(r"\s*(?:,\s*)?(?:\band\b|&)\s*"), "ru": re.compile(r"\s*(?:,\s*)?\bи\b\s*")}
_NAME_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-'’][^\W\d_]+)*")
_JOINERS = frozenset("of von van de der da la le du dos das del фон де".split())  # inside a name, in lower case
# the partners a firm's name ends with ("Eli Lilly and Company", "Smith & Sons", "Шустов и сыновья"): no second name
_FIRM = frozenset("company co sons son brothers bros partners associates компания ко к° сыновья сын братья партнёры"
                  .split())


def paired_names(answer: str, language: str) -> list[str]:
    """The names of an answer made only of two or more names joined by a conjunction; [] otherwise."""
    joined = JOINED.get(language)
    if joined is None or not joined.search(answer):
        return []
    parts = [p.strip(" .;") for p in joined.split(answer.strip())]
    if len(parts) < 2 or not all(_is_name(p) for p in parts):
        return []
    return parts


def _is_name(text: str) -> bool:
    """A run of one to four capitalised words (particles such as "von" allowed inside, initials "W."), no figure."""
    words = text.split()
    if text.casefold().rstrip(".").replace("ё", "е") in {w.replace("ё", "е") for w in _FIRM}:
        return False
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w.rstrip(".")) for w in words) \
            or max(len(w) for w in words) < 3:
        return False  # (single letters, "X и Y", are designations: `designations`)
    return words[0][0].isupper() and all(w[0].isupper() or w in _JOINERS for w in words)
