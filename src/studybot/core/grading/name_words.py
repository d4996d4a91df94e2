"""A name of several words with one of the words that tell it apart left out is another name (issue #11): "the
Order of the Blue Lion" is another award than "the order of the Blue Lion of Merit", "орден Синего Льва" another
than "орден Боевого Синего Льва". A short answer that says most of a long wording (`ShortGrading._best_wording`,
level 1) does not say such a name, whatever its likeness in letters. A name shortened the way people shorten it is a
question of the pack's aliases, and a slip in a word of the name is still the word.

The name is a run of words written with a capital letter in the wording. In English it is the name of a thing when
an "of" stands inside it ("Order of the Blue Lion of Merit"; a person's name has none: "John Henry Fowler" said as
"John Fowler" is left to the names' rules), and each of its capitalised words tells it apart but a first one right
before "of" (the kind of thing: "Order", "Treaty"). In Russian a capitalised adjective before another word of the
run tells it apart ("Боевого Синего Льва"); an epithet after a name ("Иван Смелый") does not. Rules of the two
languages' word order and endings, the same for every text."""

from __future__ import annotations

import re

from ..matching import Prepared
from .letter_symbols import letters_kept

__all__ = ["name_word_dropped", "said_whole"]

_JOINS = {"en": frozenset(("of", "the", "and")), "ru": frozenset()}
_ADJECTIVE = re.compile(r"^[^\W\d_]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей)$")


def _runs(ref: Prepared) -> list[list[int]]:
    """The runs of capitalised words of a wording (positions; English "of", "the", "and" may join them)."""
    joins = _JOINS.get(ref.lang.code, frozenset())
    runs: list[list[int]] = []
    run: list[int] = []
    for i, word in enumerate(ref.words):
        if word in ref.capitalised and word.isalpha():
            run.append(i)
        elif not (run and word in joins and i + 1 < len(ref.words) and ref.clauses[i + 1] == ref.clauses[i]):
            runs.append(run)
            run = []
    runs.append(run)
    return [r for r in runs if len(r) >= 2]


def _telling(ref: Prepared, run: list[int]) -> list[int]:
    """The words of a name's run that tell it apart from another name of the same kind."""
    words = ref.words
    if ref.lang.code == "en":
        inside = range(run[0], run[-1] + 1)
        if not any(words[k] == "of" for k in inside):
            return []
        return run[1:] if words[run[0] + 1] == "of" else run  # ("Order of the ...": the kind)
    if ref.lang.code == "ru":
        return [i for i in run[:-1] if i > 0 and _ADJECTIVE.match(words[i])]
    return []


def name_word_dropped(ref: Prepared, got: Prepared) -> bool:
    """Does the answer say a name of the wording with a word that tells it apart left out (its other words said)?"""
    if not ref.capitalised or ref.lang.code not in _JOINS:
        return False
    for run in _runs(ref):
        said = {i for i in run if got.find_word(ref.stems[i], ref.words[i], None)[0] >= 0}
        if said and any(i not in said for i in _telling(ref, run)):
            return True
    return False


def said_whole(ref: Prepared, got: Prepared) -> bool:
    """Does an answer that says most of a wording keep the words that tell it apart: each letter that names one of
    several (`letters_kept`) and each word that tells a name apart (`name_word_dropped`)?"""
    return letters_kept(ref, got) and not name_word_dropped(ref, got)
