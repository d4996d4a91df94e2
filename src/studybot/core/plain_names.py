"""A one-word name that is also a plain word of the pack's text ("Young" of `Thomas Young: [Young]` beside "the
young king"; "Дизель" of `Рудольф Дизель: [Дизель]` beside "тяжёлый дизель"), read as the word where it stands beside
a content word the texts write it beside in lower case.

Answers are typed in any case and read in lower case, so the case cannot tell the name from the word; the words
around it can: "the young king" is the king the text calls young, not Thomas Young, while "young" alone, or "it
was young", still answers a card that asks who. The grader's `Aliases` ask `as_word` before rewriting a one-word
variant of a proper name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from .text import normalise

if TYPE_CHECKING:
    from .language import Language

__all__ = ["JOINED", "TOKEN", "PlainBeside", "Variant", "name_variants", "plain_beside", "written"]

TOKEN = re.compile(r"[^\W_]+")  # a letter or digit run as written
JOINED = frozenset(" -")  # what between two words makes them a phrase (a name of two words)


class PlainBeside:
    """The (name key, name key) pairs of a name's one-word variant written in lower case and a content word beside it
    in the pack's texts."""

    def __init__(self, pairs: frozenset[tuple[str, str]], key: Callable[[str], str]):
        self.pairs = pairs
        self.key = key

    def as_word(self, words: list[str], i: int) -> bool:
        """Is the i-th of these (normalised) words a plain word here, beside a word the texts write it beside?"""
        if not self.pairs:
            return False
        own = self.key(words[i])
        return any((own, self.key(words[j])) in self.pairs for j in (i - 1, i + 1) if 0 <= j < len(words))


class Variant(NamedTuple):
    canonical: str  # the name it stands for, as written
    exact: bool  # an abbreviation ("WHO", "ЛИН"): found only as written, in no other form ("линии")


def name_variants(aliases: Mapping[str, tuple[str, ...]] | None) -> dict[str, Variant]:
    """The one-word variants (normalised) of the pack's proper names that are written with a capital themselves
    ("Young", "Ампер", "WHO"; not a term for a formula, "oxygen" of "O2")."""
    found: dict[str, Variant] = {}
    for canonical, variants in (aliases or {}).items():
        if canonical[:1].isupper():
            for variant in variants:
                words = TOKEN.findall(normalise(variant))
                if variant[:1].isupper() and len(words) == 1 and words[0].isalpha() \
                        and words[0] != normalise(canonical):
                    found.setdefault(words[0], Variant(canonical, len(variant) > 1 and variant.isupper()))
    return found


def written(word: str, variant: str, found: Variant, key: Callable[[str], str]) -> bool:
    """Is a word (normalised) a form of a variant: as written, or in a form with its key ("амперам")?"""
    return word == variant or not found.exact and key(word) == key(variant)


def plain_beside(texts: Iterable[str], aliases: Mapping[str, tuple[str, ...]] | None, key: Callable[[str], str],
                 lang: Language) -> PlainBeside:
    """The words beside which the texts write in lower case a one-word variant of a proper name (`name_variants`),
    in either order ("тяжёлый дизель ставят", "ставят дизель"). `key`: one form of a word for all its forms."""
    variants = name_variants(aliases)
    wanted = {key(v): v for v in variants}
    found: set[tuple[str, str]] = set()
    read: dict[str, tuple[str, str]] = {}  # a token as written -> (normalised, key): the texts repeat their words

    def reading(token: str) -> tuple[str, str]:
        if (done := read.get(token)) is None:
            word = normalise(token)
            done = read[token] = (word, key(word))
        return done

    if wanted:
        for text in texts:
            tokens = list(TOKEN.finditer(text))
            for i, m in enumerate(tokens):
                if not m.group()[:1].islower():
                    continue
                word, own = reading(m.group())
                if own not in wanted or not written(word, v := wanted[own], variants[v], key):
                    continue
                for j in (i - 1, i + 1):
                    if 0 <= j < len(tokens) and JOINED.issuperset(text[tokens[min(i, j)].end():
                                                                         tokens[max(i, j)].start()]):
                        other, other_key = reading(tokens[j].group())
                        if other not in lang.lex.stop and not other.isdigit():
                            found.add((own, other_key))
    return PlainBeside(frozenset(found), key)
