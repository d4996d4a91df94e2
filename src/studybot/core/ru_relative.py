"""A Russian relative clause whose verb is denied, said of the noun before it, is the adjective the denied verb makes
(`lexicon_ru_denied`) before that noun: "слой, который её не пропускает" is "непроницаемый слой", "частица, которая
не делится" "неделимая частица", as "мембрана не пропускает ионы" already is "непроницаемая мембрана". The denied verb
has been read as the adjective by then ("слой, который ее непроницаемый"); the clause, with at most a pronoun of its
object between "который" and the verb, is read as the adjective before its noun ("непроницаемый слой"), so that a
point worded with the adjective is met in its order. The verb said plainly ("слой, который её пропускает") keeps
its clause, and so does a clause of another verb. A rule of Russian syntax, no word of a text."""

from __future__ import annotations

import re

from .lexicon_ru_denied import RU_DENIED_VERBS

__all__ = ["relative_said"]

_ADJECTIVES = "|".join(sorted(set(RU_DENIED_VERBS.values())))
_WHICH = "котор(?:ый|ая|ое|ые|ого|ую|ых|ому|ым|ой|ом|ыми)"
_OBJECT = "(?:ее|её|его|их|ей|им|нас|вас) "
# "слой, который ее непроницаемый": the noun, the relative pronoun, a pronoun of the object, the adjective
_RELATIVE = re.compile(rf"(?<![\w-])([^\W\d_]{{3,}}),? {_WHICH} (?:{_OBJECT})?({_ADJECTIVES})(?![\w-])")


def relative_said(text: str) -> str:
    """`text` (normalised Russian, its denied verbs read as adjectives) with "N, который ADJ" as "ADJ N"."""
    return _RELATIVE.sub(r"\2 \1", text) if "котор" in text else text
