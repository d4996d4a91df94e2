"""Russian: a keypoint's adjective with "не" written joined, said by the answer with "не" apart, or the other way
round (issue #11): "палочки к свету почти нечувствительны" made by "почти не чувствительны".

Learners write the particle apart or together whatever the spelling rule says. The grader joins it where the lexical
table knows the joined word (`ru_joined_not`), and leaves both spellings as written where it does not, since a joined
word read apart would lose its family ("неопытным" / "неопытность"); so a point's "нечувствительны" never met an
answer's "не чувствительны". Here the point is tried once more with the answer's spelling of that one word
(`apart_wordings`), as a point of its own: negated as it then reads, so the bare adjective ("чувствительны", the
opposite) never makes it. Only an adjective or participle by its ending (`ru_joined_not.quality_word`). A rule of
Russian spelling, no word of a text.
"""

from __future__ import annotations

import re

from ..matching import Prepared
from ..ru_joined_not import quality_word
from ..text import normalise

__all__ = ["apart_wordings", "said_bare"]

_JOINED = re.compile(r"(?<![^\W\d_])не([^\W\d_]{6,})(?![^\W\d_])")
_APART = re.compile(r"(?<![^\W\d_])не ([^\W\d_]{6,})(?![^\W\d_])")


def apart_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording with a word "неX" written "не X" as the answer (as written) writes it, or "не X" written "неX";
    () in any other language or where the answer writes neither."""
    if got.lang.code != "ru" or "не" not in got.text:
        return ()
    said = normalise(got.written)
    apart = {m.group(1) for m in _APART.finditer(said) if quality_word(m.group(1))}
    joined = {m.group(1) for m in _JOINED.finditer(said) if quality_word(m.group(1))}
    if not apart and not joined:
        return ()
    out: list[str] = []
    for text in wordings:
        mine = normalise(text)
        for written, said_so in [*((f"не{w}", f"не {w}") for w in apart), *((f"не {w}", f"не{w}") for w in joined)]:
            other, found = re.subn(rf"(?<![^\W\d_]){written}(?![^\W\d_])", said_so, mine)
            if found:
                out.append(other)
    return tuple(dict.fromkeys(out))


def said_bare(point: Prepared, got: Prepared, made: list[int]) -> bool:
    """Does the answer say bare ("чувствительны", not denied) a word of the point with "не" joined ("почти
    нечувствительны") that the point is not made on (`made`: its positions that are)? That is its opposite: a long
    point made by its other words is not made so."""
    if point.lang.code != "ru":
        return False
    for i in point.content():
        word = point.words[i]
        if i in made or not word.startswith("не") or not quality_word(word[2:]):
            continue
        bare = point.lang.stem(word[2:])
        if any(got.stems[j] == bare and not got.negated_at(j) for j in got.content()):
            return True
    return False
