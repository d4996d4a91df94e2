"""A person named by the short form of a given name ("Tom Midgley" for "Thomas Midgley", "Bill Gates" for "William
Gates"): in English a short form is the same name, said as people say it. Read with the full name only where a right
wording of the card gives that full name before the same surname, so a short form that is also a word ("the bill
passed") or another person's name ("Tom Smith" for "Thomas Midgley") is never read as it. Tried only on an answer
found wrong."""

from __future__ import annotations

import re

from ..lexicon_given_names import SHORT_FORMS

__all__ = ["full_given_names"]

_WORD = re.compile(r"[^\W\d_]+")


def _pairs(wordings: tuple[str, ...]) -> set[tuple[str, str]]:
    """(given name, the word after it) of every wording, in lower case."""
    pairs: set[tuple[str, str]] = set()
    for text in wordings:
        words = [w.casefold() for w in _WORD.findall(text)]
        pairs.update(zip(words, words[1:], strict=False))
    return pairs


def full_given_names(answer: str, wordings: tuple[str, ...], code: str) -> str | None:
    """The answer with each short form of a given name ("Tom") written as the full name ("Thomas") that a right
    wording gives before the answer's next word (its surname), or None when it has none (or is not English)."""
    if code != "en":
        return None
    words = list(_WORD.finditer(answer))
    pairs: set[tuple[str, str]] | None = None
    out, last = [], 0
    for here, nxt in zip(words, words[1:], strict=False):
        names = SHORT_FORMS.get(here.group().casefold())
        if not names:
            continue
        pairs = _pairs(wordings) if pairs is None else pairs
        full = next((n for n in sorted(names) if (n, nxt.group().casefold()) in pairs), None)
        if full is not None:
            out += [answer[last:here.start()], full.capitalize()]
            last = here.end()
    return "".join(out) + answer[last:] if out else None
