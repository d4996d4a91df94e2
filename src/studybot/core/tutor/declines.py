"""Declining honestly: what a question asks that a passage sharing its words still does not say.

Ranking chooses the passage that covers most of a question; these rules of the language say when even that
passage does not hold the fact asked, so the tutor declines instead of answering with a word-neighbour:

- a question word is never one of the pack's names: "who discovered X?" is no question about the WHO
  (`without_alias_question_words`), unless the learner typed it in capitals;
- a short word the learner wrote with a capital ("Km" inside a question, "pH") is a symbol or a name: when the
  pack does not know it, it is a name the pack lacks, not a word to drop (`typed_symbols`, `Analyser._weigh`);
- a year the question is about ("who won the prize in 1904?") that the text never mentions: the text does not
  tell of that year (`other_year`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .words import WORD, Words

__all__ = ["MAX_SYMBOL", "other_year", "typed_symbols", "without_alias_question_words"]

MAX_SYMBOL = 2  # letters of a word written with a capital that counts as a symbol or an acronym ("pH", "UK")
_YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
_TYPED = re.compile(r"[^\W_]+")


def without_alias_question_words(raw: str, text: str, words: Words) -> str:
    """`text` (normalised) without the question words that the pack's aliases would read as a name ("who":
    the WHO), unless the learner typed them in capitals ("WHO")."""
    single = {w for w, variants in words.aliases.by_first.items() if any(len(seq) == 1 for seq, _ in variants)}
    asked = words.tw.question_words & single
    if not asked:
        return text
    capitals = {t.casefold() for t in _TYPED.findall(raw) if len(t) > 1 and t.isupper()}
    for w in asked - capitals:
        text = re.sub(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", " ", text)
    return text


def typed_symbols(raw: str, stem: Callable[[str], str], known: Collection[str]) -> frozenset[str]:
    """The short words of a question written with a capital inside ("pH") that the pack does not know (`known`:
    its keys; `stem`: its stemmer): a symbol, a name the pack lacks, never a word to drop. Not two capitals
    ("TV", "UK"): an abbreviation often stands for words a text writes in full."""
    found = _TYPED.findall(raw)
    return frozenset(t.casefold() for t in found if len(t) <= MAX_SYMBOL and t.isalpha() and not t.isupper()
                     and any(c.isupper() for c in t[1:]) and stem(t.casefold()) not in known)


def other_year(text: str, yes_no: bool, known: Collection[str]) -> bool:
    """Does a question (normalised) name a year that no passage of the pack gives (`known`: the keys of the
    passages)? Not a yes/no question: "was it in 1904?" is answered by the year the text gives."""
    return not yes_no and any(_YEAR.match(w) and w not in known for w in WORD.findall(text))
