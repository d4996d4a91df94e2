"""A name with an apostrophe typed without it: "darlandes", "d arlandes" for "d'Arlandes", "oneill" for "O'Neill",
"dartagnan" for "d'Artagnan". A name after an elided particle ("d'", "O'", "l'": one or two letters and an
apostrophe, the name after it in a capital) is the same name whatever the learner did with the apostrophe, as names
spelt by ear are. Read from the card's own texts: a word of the answer that is such a name of the card with its
apostrophe left out, or a space for it, is read as the card writes it. Only the shape of the words: no word of any
text."""

from __future__ import annotations

import re

from ..memos import memoised
from ..text import normalise

__all__ = ["apostrophes_restored"]

_ELIDED = re.compile(r"(?<![^\W_])([^\W\d_]{1,2})['’]([^\W\d_]{2,})")  # "d'Arlandes", "O'Neill"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@memoised(4096)
def _names(texts: tuple[str, ...]) -> dict[str, str]:
    """The card's names after an elided particle, by their forms typed without the apostrophe ("darlandes" and
    "d arlandes": "d'arlandes"). Read once per card's texts (the dict is only ever read)."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _ELIDED.finditer(text or ""):
            if m.group(2)[:1].isupper():
                particle, name = normalise(m.group(1)), normalise(m.group(2))
                out[particle + name] = out[f"{particle} {name}"] = f"{particle}'{name}"
    return out


def apostrophes_restored(answer: str, texts: tuple[str, ...]) -> str | None:
    """The answer (normalised) with the card's names after an elided particle written as the card writes them, or
    None when it types none of them otherwise."""
    names = _names(texts)
    if not names:
        return None
    said = normalise(answer)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(said)]
    out, last, k = [], 0, 0
    while k < len(words):
        word, start, end = words[k]
        pair = f"{word} {words[k + 1][0]}" if k + 1 < len(words) and said[end:words[k + 1][1]] == " " else ""
        if pair in names:
            out.append(said[last:start] + names[pair])
            last, k = words[k + 1][2], k + 2
            continue
        if word in names:
            out.append(said[last:start] + names[word])
            last = end
        k += 1
    out.append(said[last:])
    restored = "".join(out)
    return restored if restored != said else None
