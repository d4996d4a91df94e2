"""A share asked with a measure: a question asking for an amount relative to another ("how large was the aid relative
to national income?") or taken out of a whole ("how much of the federal budget did X get?") is answered by a
percentage or a fraction as well as by the measure itself ("about 4 per cent of the budget"). English "how much of
the / its ..."; the words of comparing of each language (`TutorWords.comparing`)."""

from __future__ import annotations

import re

from .words import WORD, Words

__all__ = ["share_asked"]

# "how much of the budget / of its land": an amount taken out of a whole
_PART_OF = {"en": re.compile(r"\bhow much of (?:the|its|their|his|her|our|this|that|all)\b")}


def share_asked(words: Words, text: str, kinds: frozenset[str]) -> frozenset[str]:
    """The share a question asking for a measure (of `kinds`) asks too, or nothing: one relative to another or a part
    of a whole (a normalised question `text`)."""
    part = _PART_OF.get(words.lang.code)
    if kinds and (any(w in words.tw.comparing for w in WORD.findall(text)) or (
            part is not None and part.search(text))):
        return frozenset({"percent"})
    return frozenset()
