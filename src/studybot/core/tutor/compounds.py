"""A particle and the word after it, as a question types them, written as one word the pack's text uses: "how fast
did the plague move over land?" is "Overland the plague advanced ..."; "down stream", "off shore", "over seas" the same.
The particles are the language's (`TutorWords.particles`); a pair is joined only when the pack knows the one word.

The other way, a letter and a word a question joins with a hyphen ("Where do Q-cells settle?") where the pack's text
writes them apart ("Q cells settle in the spleen"): the tutor reads a letter and a hyphen as one word with what follows
("X-ray", "p-type", `Words.prepare`), so the hyphen goes when the pack knows no such word but knows the word after the
letter (`spaced`).

A verb with a word saying it is done anew, where the pack's text writes it with the language's prefix for that: "when
did the canal open again?" is "The canal reopened in 1975", "was the church built again?" is "it was rebuilt"
(`prefixed_again`; English "again", "re-"): the pair is the one word when the pack knows it, and not otherwise."""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import Words

__all__ = ["joined", "prefixed_again", "spaced"]

_AGAIN = {"en": (re.compile(r"\b([^\W\d_]{3,})(\s+(?:it|them)\b)?\s+again\b", re.IGNORECASE), "re")}  # "open it again"
_LETTERED = re.compile(r"(?<![\w-])([^\W\d_])-([^\W\d_]{3,})(?![\w-])")  # "Q-cells", not "re-entry" nor "A-4-B"


def joined(text: str, words: Words, known: Container[str]) -> str:
    """A normalised question with each particle and the next word (of three letters or more) run together when the
    pack knows the compound (its stem is among `known`); a particle with no word after it stays ("give off")."""
    particles = words.tw.particles
    if not particles or not any(p in text for p in particles):
        return text

    def repl(m: re.Match[str]) -> str:
        compound = m.group(1) + m.group(2)
        return compound if words.stem(compound) in known else m.group(0)

    pattern = r"\b(" + "|".join(sorted(particles)) + r") ([^\W\d_]{3,})\b"
    return re.sub(pattern, repl, text)


def spaced(text: str, words: Words, known: Container[str]) -> str:
    """A question (as typed) with each letter joined to a word by a hyphen written apart ("Q-cells": "Q cells") when
    the pack knows the word after it but not the two as one word (by their stems among `known`)."""
    if "-" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        letter, word = m.group(1), m.group(2)
        one = (letter + word).casefold()
        if words.stem(one) in known or words.stem(word.casefold()) not in known:
            return m.group(0)
        return f"{letter} {word}"

    return _LETTERED.sub(repl, text)


def prefixed_again(text: str, words: Words, known: Container[str]) -> str:
    """A question (as typed) with a verb and the word saying it is done anew ("open again", "open it again") as the
    verb with the language's prefix for that ("reopen", "reopen it") when the pack knows that word (its stem among
    `known`)."""
    again = _AGAIN.get(words.lang.code)
    if again is None:
        return text
    pattern, prefix = again

    def repl(m: re.Match[str]) -> str:
        word = prefix + m.group(1).casefold()
        return word + (m.group(2) or "") if words.stem(word) in known else m.group(0)

    return pattern.sub(repl, text)
