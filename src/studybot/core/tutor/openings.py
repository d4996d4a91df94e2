"""A sentence's first word: a name, or a word of the language that a capital letter only opens (issue #12).

Every sentence opens with a capital, so a capital at the opening says nothing of a name: "Under it the duty fell ...",
"There the liquid boils ...", "In 1846 ...", "Because it moves heat ...", "В 1846 году ...", "Там ..." open with words
of the language. The first word opens a name only when the pack's evidence says so: the pack's names (`names`: a word
written capitalised inside a sentence elsewhere, or never in lower case and followed by another capitalised word, and
no connective: "Однако Наполеон ...") hold it, or the pack's aliases give it as the first word of a proper name
("Darwin" when the aliases list Darwin). Pronouns are never names.

A passage goes on about the sentence before it (`Traits.continues`) when a pronoun stands among its first words and it
does not open with a name ("Under it ...", "Because it ...", "For this reason ...", "Today these two forms ..."; not
"Гагарину было 27 лет; он ...", which is about Gagarin), nor names one before that pronoun, other than after a
preposition ("Крупнейший приток — Селенга: она ..."), nor the "это" of a definition after its dash ("Тундра — это ...").
In English, where a pronoun is read at the opening only, a
"that" after the first word is a relative one ("Frost that builds up ...", as `referring.OPENING_ONLY` says), a
"such" before "as" compares ("Fluoroquinolones such as ciprofloxacin ..."), and a personal pronoun after the first
word in a sentence that names a name of its own points forward to it ("In his Nobel lecture Fleming warned ...",
"On his physician's advice, Clement VI ..."): none stands for what came before; a demonstrative does ("For this work
von Frisch ..."). A time that opens an English sentence before a personal pronoun, its subject ("In 1890 she ...",
"On 2 April 1935 he was speaking ..."), leaves the pronoun at the opening. An English sentence whose subject is only
names (and figures of a time) goes on about the one before by an object pronoun right after its one verb ("Sir Anna
Holm and Ivo Berg designed it.", "In 1802 Rask rebuilt them"): with nothing else named before it, the "it" stands for
what the sentence before is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import normalise
from .definitions import has_pronoun
from .referring import DEMONSTRATIVES, OPENING_ONLY
from .words import WORD, Words

__all__ = ["goes_on", "object_after_names", "opens_item", "starts_name"]

COMPARING = (("such", "as"),)  # a pronoun that, with the word after it, compares ("such as")
DATED_OPENING = 5  # words of a time that may open a sentence before its subject ("on 2 april 1935")
PERSONAL = frozenset(("he", "she", "it", "they"))  # a subject that stands for the one before
OBJECTS = frozenset(("it", "them"))  # an object that stands for what the sentence before is about ...
OBJECT_REACH = 8  # ... among a sentence's first this many words, right after its verb
# a Russian definition, "X — это Y": the term (a word or a figure: "1 кВт·ч — это ..."), a dash, then "это" as its
# copula (no pronoun standing for what came before, as an opening "Это ..." is)
_DASH_COPULA = re.compile(r"^\W*\w[^—–.!?]*?\s[—–-]\s*это\b", re.IGNORECASE)
TIME_OPENERS = frozenset(("in", "on", "by", "at", "during", "after", "that", "the", "next", "following", "same", "late",
                          "mid"))  # the words of an opening time besides figures and words of time


def starts_name(raw: str, words: Words) -> bool:
    """Does a sentence open with a name of the pack (its names or a proper name of its aliases), not a pronoun nor a
    word of the language a capital only opens ("Under", "There", "В", "Там")?"""
    tokens = words.tokens(raw)
    first = tokens[0] if tokens else ""
    if not first or first in words.tw.pronouns:
        return False
    if words.name_stem(first) in words.name_stems:
        return True
    return any(tuple(tokens[:len(name.split())]) == tuple(name.split()) for name in words.aliases.names(tokens[:6]))


def goes_on(seq: Sequence[str], raw: str, reach: int, words: Words) -> bool:
    """Does a sentence (prepared words `seq`, as written `raw`) go on about the one before it: a pronoun among its
    first `reach` words (see the module's description), and no name opening it?"""
    if words.tw.pronoun_reach:
        if _DASH_COPULA.match(raw):  # "Приливная мельница — это ...": the "это" of a definition is its copula
            at = seq.index("это") if "это" in seq else -1
            seq = [*seq[:at], "", *seq[at + 1:]] if at >= 0 else seq
        return has_pronoun(seq, reach, words) and not starts_name(raw, words) and not _named_first(seq, reach, words)
    named = any(words.name_stem(w) in words.name_stems for w in seq)
    seq = seq[_dated_opening(seq, words):]  # "On 2 April 1935 he ...": the time first, then its subject
    kept = [w if _backward(seq, k, named) else "" for k, w in enumerate(seq[:reach])]
    return has_pronoun(kept, reach, words) and not starts_name(raw, words) or _object_of_names(seq, words)


def object_after_names(text: str, words: Words) -> bool:
    """Does an English sentence go on about the one before by an object pronoun after names (`_object_of_names`)?"""
    return not words.tw.pronoun_reach and _object_of_names(words.prepare(text).words, words)


def _object_of_names(seq: Sequence[str], words: Words) -> bool:
    """Does an English sentence do something to what the sentence before is about, its subject only names: an object
    "it" or "them" right after one verb, every word before that verb a name of the pack, a figure or a function word,
    one of them a name ("Sir Anna Holm and Ivo Berg designed it", "In 1802 Rask rebuilt them")?"""
    at = next((k for k, w in enumerate(seq[:OBJECT_REACH]) if w in OBJECTS), 0)
    if at < 2 or not seq[at - 1].isalpha() or seq[at - 1] in words.stop or _is_name(seq[at - 1], words):
        return False
    before = seq[:at - 1]
    return any(_is_name(w, words) for w in before) and all(
        _is_name(w, words) or w in words.stop or w.isdigit() or words.stem(w) in words.date_stems for w in before)


def _is_name(word: str, words: Words) -> bool:
    return words.name_stem(word) in words.name_stems


def _dated_opening(seq: Sequence[str], words: Words) -> int:
    """How many words of an English sentence a time opens it with before a personal pronoun, its subject ("In 1935
    he ...", "On 2 April 1935 they ...", "That summer it ..."), or 0: the pronoun stands for the subject before, as
    at the opening."""
    for k, w in enumerate(seq[:DATED_OPENING + 1]):
        if w in PERSONAL:
            return k if k and any(x.isdigit() or words.stem(x) in words.when_stems for x in seq[:k]) else 0
        if not (w.isdigit() or w in TIME_OPENERS or words.stem(w) in words.when_stems):
            return 0
    return 0


def _backward(seq: Sequence[str], k: int, named: bool) -> bool:
    """Can the English word at `k` stand for what came before? Past the first word not a relative "that" ("Frost
    that ..."), a "such" that compares ("X such as ..."), nor a personal pronoun in a sentence that names a name of its
    own, which it points forward to ("In his Nobel lecture Fleming warned ...", "On his physician's advice, Clement
    VI ..."); a demonstrative points back ("For this work von Frisch ...")."""
    w = seq[k]
    if not k:
        return True
    if w in OPENING_ONLY or (w, *seq[k + 1:k + 2]) in COMPARING:
        return False
    return w in DEMONSTRATIVES or not named


def _named_first(seq: Sequence[str], reach: int, words: Words) -> bool:
    """Does a name stand before the first pronoun of a sentence, not after a preposition ("Крупнейший приток — Селенга:
    она ...", "Корабль «Восток» (позже его ...)"): the pronoun stands for it, not for what came before ("На Поклонной
    горе он ..." still goes on)?"""
    first = next((k for k, w in enumerate(seq[:reach]) if w in words.tw.pronouns), 0)
    return any(words.name_stem(w) in words.name_stems and not (k and seq[k - 1] in words.tw.prepositions)
               for k, w in enumerate(seq[:first]))


def opens_item(text: str, words: Words) -> bool:
    """Does a sentence open with an enumerator ("First, ...", "Secondly, ...")?"""
    head = WORD.match(normalise(text))
    return head is not None and head.group() in words.tw.enumerators
