"""Is an answer's negation the question's own? A question may be negated ("which towns were never taxed?"): an
answer that repeats its negation says nothing opposite. A negation that only sets one thing against another
("how did they know it was a comet and not a star?", "почему это комета, а не звезда?") leaves the question
itself unnegated: "it had not moved" still says the opposite of "it had moved"."""

from __future__ import annotations

from ..lexicon_negative import GOVERNING_NEGATORS, NEGATIVE_WORDS
from ..matching import Prepared

__all__ = ["asked_negated"]

_CONTRAST = {"en": frozenset(("and", "but", "or")), "ru": frozenset(("а",))}  # "X and not a Y", "X, а не Y"
_ARTICLES = frozenset(("a", "an", "the"))


def _contrasts(prompt: Prepared) -> set[int]:
    """The negators of `prompt` that set a thing against another: after a contrasting "and"/"but" or a comma,
    before an article ("and not a star", ", not the moon"); in Russian any "не" after "а" ("а не звезда")."""
    words, clauses, code = prompt.words, prompt.clauses, prompt.lang.code
    out = set()
    for i, w in enumerate(words):
        if w not in prompt.lang.lex.negators or i == 0:
            continue
        after = words[i - 1] in _CONTRAST.get(code, frozenset())
        comma = clauses[i - 1] != clauses[i]
        article = i + 1 < len(words) and words[i + 1] in _ARTICLES
        if (code == "ru" and after) or (code == "en" and (after or comma) and article):
            out.add(i)
    return out


def asked_negated(prompt: Prepared, got: Prepared) -> bool:
    """Is the answer's negation the question's own? The question is negated ("which towns were never taxed?"),
    or the answer negates a word the question negates, though another negator there turns it round ("which
    protein can the body not make without vitamin C?": "the body cannot make collagen"). A negation that only
    contrasts ("a comet and not a star") negates no question."""
    if prompt.negated():
        contrasts = _contrasts(prompt)
        if not contrasts or prompt.lang.negations([w for i, w in enumerate(prompt.words) if i not in contrasts]) % 2:
            return True
    denied = {prompt.stems[i] for i in prompt.content() if prompt.negated_at(i)} | _held_negations(prompt)
    return bool(denied) and any(got.negated_at(j) and got.stems[j] in denied for j in got.content())


def _held_negations(prompt: Prepared) -> set[str]:
    """The stems the question denies with a word that holds a negation and that it keeps as written ("how much was
    the refused offer for ...?": "accept"), so that an answer denying the same ("the offer was turned down", read "not
    accepted") repeats the question's word."""
    table, negators = NEGATIVE_WORDS.get(prompt.lang.code, {}), GOVERNING_NEGATORS.get(prompt.lang.code, frozenset())
    said = (table.get(word, "").split() for word in prompt.words)
    return {prompt.lang.stem(words[-1]) for words in said if len(words) == 2 and words[0] in negators}
