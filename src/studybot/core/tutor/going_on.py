"""A sentence that goes on with an answer, told from one that competes with it (issue #12).

A text names a thing and then, in the next sentence, says how it works or what it did: "The mill was given a
governor. It opened the sluice when the wheel ran fast.", "The tithe barn stood ... The tithe was paid in ...". Such a
sentence, when it covers the question as fully as the answer, joins the reply. The sentence next to an answer may
as well compete with it: say the same of another subject ("Ostry did not sign"), or name a person, place or figure
of its own the question does not ask. By a rule of the language, the sentence after an answer goes on with it when

- its opening (the first `OPENING_WORDS` words of its first clause) refers back to the answer: a pronoun or
  demonstrative ("it", "this", "such", "он", "это", "такой"; "With it the miller ...", "Кроме того ..."), or a word
  the answer says and the question asks ("The guild was led by ...", "Плотина на Вере ..."): the same thing named
  again;
- it names no name of its own (none the answer or the question names), unless the question asks for a name and the
  answer gives none ("Which guild signed?": "Kessa, Varra and Lenn signed", not then "Ostry did not sign").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import normalise
from .referring import CLAUSE_END, DEMONSTRATIVES
from .words import WORD, Words

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc

__all__ = ["goes_on_with"]

OPENING_WORDS = 5  # words of a sentence's first clause that make its opening


def goes_on_with(n: Doc, doc: Doc, q: Question, words: Words) -> bool:
    """Does the sentence `n` right after the answer `doc` go on with it (see the module's description)?"""
    if not _refers_to(n, doc, q, words):
        return False
    w = q.wants
    # a name of its own: another subject ("Ostry did not sign"), or another name for the one the answer gives
    return not (n.names - doc.names - q.stems) or ((w.person or w.entity or w.place) and not doc.names - q.stems)


def _refers_to(n: Doc, doc: Doc, q: Question, words: Words) -> bool:
    if n.traits.continues:
        return True
    seq = WORD.findall(normalise(CLAUSE_END.split(n.text, maxsplit=1)[0]))[:OPENING_WORDS]
    said = doc.keys & q.keys
    return any(x in words.tw.pronouns or x in DEMONSTRATIVES or words.stem(x) in said for x in seq)
