"""A particle and the word after it, as a question types them, written as one word the pack's text uses: "how fast
did the plague move over land?" is "Overland the plague advanced ..."; "down stream", "off shore", "over seas" the same.
The particles are the language's (`TutorWords.particles`); a pair is joined only when the pack knows the one word."""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import Words

__all__ = ["joined"]


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
