"""Who did what to whom, in English: the part a question gives a name it asks about, and the part a passage gives it.

"Who hired Malde?" and "by whom was Malde hired?" (or "who was Malde hired by?") ask for the one who hired Malde:
Malde is the one the verb is done to. "Whom did Malde hire?" and "who was hired by Malde?" ask for the one Malde
hired: Malde does it. A passage says it in the active ("Dorne hired Malde": the name before the verb does it, the
one after it has it done to them) or in the passive ("Malde was hired by Dorne": the other way round, the one after
"by" doing it). A passage that gives the name the other part ("Malde hired two apprentices" for "who hired Malde?")
says something else: it gives way to one that agrees, and does not join an answer. Only the word order of English
is read; other languages, and a question or passage whose order says nothing clear, keep what they have.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from ..text import normalise
from .negation import Candidate
from .words import WORD

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc
    from .words import Words

__all__ = ["Role", "agreeing_first", "agrees", "asked_roles", "passage_role", "question_role"]

Role = Literal["does", "undergoes"]
PASSIVE = frozenset("is are was were be been being".split())  # "was hired": the subject has it done
AUXILIARY = frozenset("did does do will would can could should might may".split())  # "whom did X hire?"
ASKING = frozenset("who whom what which".split())  # ... for the one who does it or has it done
OPENING = ASKING | frozenset("where when why how by".split())  # a question these open reads its order
LINKING = frozenset("of with in for to by from on at and or".split())  # words that put a name in a phrase
REACH = 4  # words between a name and its verb (an article, a title, an adverb)
MEMO = 4096  # questions whose parts are remembered
_ASKED: dict[tuple[int, str, tuple[tuple[str, bool, bool], ...]], tuple[tuple[str, str, str, Role], ...]] = {}


def _verb_at(stems: list[str], verb: str) -> int:
    return next((i for i, st in enumerate(stems) if st == verb), -1)


def question_role(tokens: list[str], stems: list[str], name: str, verb: str) -> Role | None:
    """The part a question gives the name with stem `name` in what its verb (stem `verb`) says, when its order
    says it: "who hired X?" (X undergoes), "whom did X hire?" (X does), "by whom was X hired?", "who was X hired by?"
    (X undergoes), "who was hired by X?" (X does)."""
    v = _verb_at(stems, verb)
    at = [i for i, st in enumerate(stems) if st == name]
    if v < 1 or not at or tokens[0] not in OPENING:
        return None
    n = at[0]
    if tokens[0] == "by" or tokens[-1] == "by":  # "by whom was X hired?", "who was X hired by?"
        return "undergoes" if n < v <= n + 2 else None
    if v == 2 and tokens[1] in PASSIVE and tokens[v + 1:v + 2] == ["by"] and n > v:  # "who was hired by X?"
        return "does"
    if v == 1 and v < n <= v + REACH:  # "who hired X?"
        return "undergoes"
    aux = [i for i in range(1, n) if tokens[i] in AUXILIARY]
    bare = not re.search(r"(?<!s)s$|ed$|ing$", tokens[v])  # after "did X" a verb has no ending ("talks" is none)
    if v == n + 1 and bare and aux and n - aux[0] <= 3 and not set(tokens[aux[0] + 1:n]) & LINKING:
        return "does"  # "whom did X hire?" (not "where did the talks with X start?": X is no subject)
    return None


def passage_role(tokens: list[str], stems: list[str], name: str, verb: str, form: str) -> Role | None:
    """The part a passage gives a name (stem) in what its verb (stem, said as in the question or with "-ed": "the
    name was coined" holds no verb "named") says, when the name stands near the verb: before an active verb it
    does it, after it undergoes it; before a passive one it undergoes it, after "by" does. A name that only
    qualifies another word ("Moore's law") has no part."""
    v = _verb_at(stems, verb)
    at = [i for i, st in enumerate(stems) if st == name and tokens[i + 1:i + 2] != ["s"]]
    if v < 0 or not at or not (tokens[v] == form or tokens[v].endswith(("ed", "en"))):
        return None
    passive = any(t in PASSIVE for t in tokens[max(0, v - 2):v])  # "was hired", "was later trained"
    before = [i for i in at if v - REACH <= i < v]
    after = [i for i in at if v < i <= v + REACH + 1]
    if before and not after:
        return "undergoes" if passive else "does"
    if after and not before:
        by = "by" in tokens[v + 1:after[0]]
        return ("does" if by else None) if passive else "undergoes"
    return None


def asked_roles(q: Question, words: Words) -> tuple[tuple[str, str, str, Role], ...]:
    """The parts an English question gives the names it asks about: (name stem, verb stem, the verb as asked, part)
    for each name and verb whose order says it. Memoised by the pack's language (`words`) and the question."""
    key = (id(words), q.text, tuple((u.text, u.name, u.light) for u in q.units))
    found = _ASKED.get(key)
    if found is None:
        asked = WORD.findall(q.text)
        stems = [words.stem(t) for t in asked]
        found = ()
        if words.lang.code == "en" and asked[:1] and asked[0] in OPENING:
            for u in q.units:
                verb, form = words.stem(u.text.split()[0]), u.text.split()[0]
                for name in (n for n in q.units if n.name and not u.name and not u.light):
                    stem = words.stem(name.text.split()[-1])  # "Oren Malde": Malde
                    if (role := question_role(asked, stems, stem, verb)) is not None:
                        found += ((stem, verb, form, role),)
        if len(_ASKED) > MEMO:
            _ASKED.clear()
        _ASKED[key] = found
    return found


def agrees(q: Question, doc: Doc, words: Words) -> bool:
    """Does a passage give no name the question asks about the other part in what the question's verb says?"""
    roles = asked_roles(q, words)
    if not any(verb in doc.keys for _, verb, _, _ in roles):
        return True  # no role asked, or the passage has not the verb
    said = WORD.findall(normalise(doc.text))
    starts = {st[:2] for stem, verb, _, _ in roles for st in (stem, verb)}  # only words that may be one are stemmed
    said_stems = [words.stem(t) if t[:2] in starts else "" for t in said]
    return not any((given := passage_role(said, said_stems, stem, verb, form)) and given != role
                   for stem, verb, form, role in roles)


def agreeing_first(q: Question, tried: list[Candidate], words: Words,
                   answers: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates, without those giving a name asked about the other part when one that agrees answers."""
    if not asked_roles(q, words):
        return tried
    agreeing = [r for r in tried if agrees(q, r.doc, words)]
    return agreeing if len(agreeing) < len(tried) and any(answers(r) for r in agreeing) else tried
