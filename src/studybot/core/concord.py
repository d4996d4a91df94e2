"""Negative concord across a word (Russian): a negative word of concord before a thing and a negator after it say
"not" once ("ни воды, ни еды не было", "ничего такого не было"), as they do side by side ("никогда не"; counted by
`Language.negations`). Without it the two would cancel and the thing read as affirmed. Read on the language's lexicon
(its `concord` words), no word of a text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared

__all__ = ["concord_agrees"]


def concord_agrees(text: Prepared, i: int, window: int, before: int, after: int) -> bool:
    """Is the word at i denied once by a word of concord before it in its clause (within `window` words) and a
    negator after it (`before`, `after`: the negations counted each side)?"""
    lex = text.lang.lex
    if before != 1 or after != 1 or not lex.concord:
        return False
    said = [text.words[j] for j in range(max(0, i - window), i) if text.clauses[j] == text.clauses[i]]
    return any(w in lex.concord for w in said) and not any(w in lex.negators and w not in lex.concord for w in said)
