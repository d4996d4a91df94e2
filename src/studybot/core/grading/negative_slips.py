"""A word that holds a negation, typed with a slip: "pocket vto" for "pocket veto", "he rfused" for "he refused".
The grader reads such words as the negation of their positive partner (`lexicon_negative`: "veto" is "not accept"),
so the card's word read so and the slip read as written disagree in negation, and a right answer was refused for
saying "the opposite". Tried on an answer found wrong: each word of the answer one slip away from a negative word the
card's right wordings write (one letter left out, added, put for a near one, or two swapped: `typos.plausible_typo`;
"включили" is two from "исключили"), that word being of four letters or more, is written as that word, and the answer
is graded again (a wrong answer stays wrong: only the slip is mended). Never a function word, nor in English a word of
WordNet's table ("vote" is no slip of "veto"). A rule of typing and of the lexicon's negative words, naming no
text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from rapidfuzz.distance import OSA

from .. import wordnet
from ..language import language
from ..lexicon_negative import NEGATIVE_WORDS
from ..memos import memoised
from ..text import normalise
from ..typos import plausible_typo

__all__ = ["negative_words_mended"]

_WORD = re.compile(r"[^\W\d_]+")
_SHORTEST = 4  # letters of the card's word: shorter ones are too near too many words ("ban" / "bad")


def _own_word(word: str, code: str) -> bool:
    """Is the word one of its own ("vote" is no slip of "veto", "and" none of "end")? A function word of the
    language, or in English a word of WordNet's table."""
    if word in language(code).lex.stop:
        return True
    return code == "en" and (wordnet.fields(word) is not None or bool(wordnet.base_forms(word)))


@cache
def _key_words(code: str) -> frozenset[str]:
    """The lexicon's negative words of one word ("veto", "отсутствует"; not the words of its phrases: "more" of "no
    more")."""
    return frozenset(key for key in NEGATIVE_WORDS.get(code, {}) if _WORD.fullmatch(key) and len(key) >= _SHORTEST)


@memoised(4096)
def _negative_words(texts: tuple[str, ...], code: str) -> frozenset[str]:
    """The negative words the card's texts write. Read once per card's texts."""
    known = _key_words(code)
    return frozenset(w for text in texts for w in _WORD.findall(normalise(text)) if w in known)


def negative_words_mended(answer: str, texts: Iterable[str], code: str) -> str | None:
    """The answer (normalised) with its slips of the card's negative words written as those words; None when it has
    none."""
    words = _negative_words(tuple(texts), code)
    if not words:
        return None
    text = normalise(answer)
    known = _key_words(code)
    changed = False

    def mend(m: re.Match[str]) -> str:
        nonlocal changed
        written = m.group(0)
        if written in known or len(written) < _SHORTEST - 1 or _own_word(written, code):
            return written
        found = [w for w in words if OSA.distance(written, w) == 1 and plausible_typo(written, w)]
        if len(found) != 1:
            return written
        changed = True
        return found[0]
    out = _WORD.sub(mend, text)
    return out if changed else None
