"""What a "what is X?" question asks: the kind of thing X is, which a language with articles says in a few set forms
of a sentence about X itself:

- "X is a ...", "Xs are the ...", "X (the ...) refers to a ..." (the term, opening the sentence or after an article,
  then a copula and an article);
- "X, a ...", "X (an ...)" (a description put beside the term);
- "a ... called X", "a ... known as the X", "... is called X" (the kind first, then the term it is given);
- "... X: ..." (what follows the colon says what X is; not a heading asking a question, "X: why ...?");
- "...: an X." (the term closing the sentence after a colon and an indefinite article: what comes before says it);
- "An X does ..." (a sentence opening with an indefinite article and the term tells what any X does).

Not a sentence that only mentions X ("When an old fridge is scrapped, its coolant ..."), says where or how X is
("the liquid coolant is at low pressure"), what X was like ("X was risky: ...") or names a longer thing X is part of
("The Great Coolant Works is the largest ..."). Such a passage may say more of the question's words, and the text
may use X in many sentences: the one telling what X is answers, ranked above them by `Weights.class_definition`.

A language without articles (`TutorWords.indefinite` empty) has none of these forms here (its definitions are read
by `definitions`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question
    from .words import Words

__all__ = ["asked_term", "defines_class"]

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[,:;()]")
CUE_REACH = 4  # words before a naming cue within which the article of the kind stands ("a sealed working fluid called")
DEFINITE = "the"  # the definite article, besides `TutorWords.indefinite` (only asked of a language that has those)


def asked_term(q: Question, words: Words) -> list[str]:
    """The words of the term a "what is X?" question asks about, in order, when the question says nothing else (its
    units make one run of its text); none for "who is X?" or any other question."""
    if not q.wants.define or not words.tw.indefinite or re.search(words.tw.asks.get("person", "$^"), q.text):
        return []
    term = [w for u in q.units for w in u.text.split()]
    return term if term and re.search(r"\b" + re.escape(" ".join(term)) + r"\b", q.text) else []


def defines_class(text: str, term: Sequence[str], words: Words) -> bool:
    """Does a sentence say what kind of thing `term` (its words) is, in one of the forms of the module?"""
    tw = words.tw
    if not term or not tw.indefinite:
        return False
    articles = tw.indefinite | {DEFINITE}
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    stems = [words.stem(t) for t in term]
    for i in range(len(tokens) - len(term) + 1):
        if not all(_same(tokens[i + k], term[k], stems[k], words) for k in range(len(term))):
            continue
        before, after = tokens[:i], tokens[i + len(term):]
        opens = not before or before[-1] in articles  # the term itself, not part of a longer name
        if opens and (_copula_article(after, tw.copulas, articles) or (
                after[:1] in (["("], [","]) and after[1:2] and after[1] in tw.indefinite)):
            return True  # "X is a ...", "X, a ...", "X (an ...)"
        if after[:1] == [":"] and after[1:] and not text.rstrip().endswith("?"):
            return True  # "... X: ...", not a heading asking a question ("X: why ...?")
        if _named_kind(before, tw.naming_cues, tw.indefinite | tw.copulas, articles):
            return True  # "a ... called X", "... is called X"
        if not after and len(before) > 2 and before[-2] == ":" and before[-1] in tw.indefinite:
            return True  # "... the lines move toward the red: a redshift" (what comes before the colon is X)
        if len(before) == 1 and before[0] in tw.indefinite and after and after[0] not in ",:;()" and (
                after[0] not in tw.copulas and after[0] not in tw.prepositions):
            return True  # "An X does ..."
    return False


def _same(token: str, word: str, stem: str, words: Words) -> bool:
    """Is a token of the sentence the question's word, in another form of it ("reefs" for "reef", "bodies" for
    "body"), not another word of the same stem ("refrigerator" for "refrigerant")?"""
    if token == word:
        return True
    if words.stem(token) != stem:
        return False
    shared = next((k for k, (a, b) in enumerate(zip(token, word, strict=False)) if a != b), min(len(token), len(word)))
    return shared >= min(len(token), len(word)) - 1


def _copula_article(after: list[str], copulas: frozenset[str], articles: frozenset[str]) -> bool:
    """Do the words after the term open with a copula and an article ("is a", "are the", "refers to a"), a bracket
    before them passed over ("X (Y) is a ...")?"""
    if after[:1] == ["("] and ")" in after:
        after = after[after.index(")") + 1:]
    if not after or after[0] not in copulas:
        return False
    rest = after[1:3]
    return bool(rest) and (rest[0] in articles or rest[0] == "one" or (rest[0] == "to" and rest[1:2] != [] and
                                                                        rest[1] in articles))


def _named_kind(before: list[str], cues: Sequence[str], leading: frozenset[str], articles: frozenset[str]) -> bool:
    """Do the words before the term end with a naming cue ("called", "known as", and an article after it), an
    indefinite article or a copula before it within `CUE_REACH` words ("A working fluid called the X", "Doing this
    is called X")?"""
    end = len(before) - (1 if before and before[-1] in articles else 0)
    for cue in cues:
        said = cue.split()
        start = end - len(said)
        if start > 0 and before[start:end] == said and any(
                w in leading for w in before[max(0, start - CUE_REACH):start]):
            return True
    return False
