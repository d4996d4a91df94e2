"""One-word names that are also plain words of the pack's text: "Young" (of `Thomas Young: [Young]`) beside "the
young king", "Ампер" beside "двум амперам", "Дизель" beside "тяжёлый дизель".

The text is normalised to lower case before aliases are read, so the alias would make every plain "young" the
person. Where the pack's texts (notes, source, cards) write such a variant in lower case, the tutor reads it as
the name only where it is one:

- in the pack's own texts, where it is written with a capital inside a sentence, not beside another capitalised
  word ("Brigham Young", "Young-Helmholtz"), nor within a longer name of the pack ("Thomas Young", "Dr Young"); at
  the start of a sentence only in a form the texts never write in lower case ("Ампер открыл ..." beside
  "амперам");
- in a question (typed in any case), unless it stands beside a content word the texts write it beside in lower
  case ("who was the young king?": "young king").

Every other variant of the pack's aliases is read as before (`Aliases`, in any case).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from ..aliases import Aliases
from ..matching import Prepared
from ..people import normalise
from ..plain_names import JOINED, TOKEN, name_variants, plain_beside, written

__all__ = ["CaseNames", "case_names"]

_STOPS = frozenset(".!?:…")  # what before a word makes it open a sentence
_Longer = dict[str, list[tuple[tuple[str, ...], int]]]  # a name's word (key) -> the longer names it stands in, where


class CaseNames:
    """The one-word variants of the pack's proper names that its texts also write as plain words, and the aliases
    without them (see the module's description)."""

    def __init__(self, aliases: Mapping[str, tuple[str, ...]], texts: list[str], full: Aliases,
                 synonyms: tuple[tuple[str, ...], ...], plain: dict[str, str], longer: _Longer,
                 exact: Collection[str] = ()):
        """`plain`: the variants (normalised) that the texts write in lower case, each with its canonical name (as
        written); `longer`: the pack's names of several words by the key of each of their words; `exact`: the
        variants found only as written (abbreviations)."""
        self.key = full.name_key
        self.words = frozenset(plain)
        self.names = {self.key(w): c for w, c in plain.items()}  # -> canonical
        self._exact = {self.key(w): w for w in exact}
        kept = {c: tuple(v for v in vs if normalise(v) not in plain) for c, vs in aliases.items()}
        self.aliases = Aliases(kept, full.lang, synonyms)
        self.beside = plain_beside(texts, aliases, self.key, full.lang)
        # the forms the texts write in lower case
        self.lower = {w for t in texts for m in TOKEN.finditer(t) if m.group()[:1].islower()
                      and self.key(w := normalise(m.group())) in self.names}
        self._longer = longer

    def prepare(self, text: str, notes: bool) -> Prepared:
        """A text prepared with the pack's aliases: its plain words as words, its names as names (`notes`: a text
        of the pack; else a question)."""
        return Prepared.of(self.rewrite(text, notes), self.aliases)

    def rewrite(self, text: str, notes: bool) -> str:
        """A text with each of these variants that is the name here written as its canonical name."""
        tokens = list(TOKEN.finditer(text))
        keys = [self.key(normalise(m.group())) for m in tokens]
        if self.names.keys().isdisjoint(keys):
            return text
        out: list[str] = []
        last = 0
        for i, m in enumerate(tokens):
            if keys[i] in self.names and self._exact.get(keys[i], normalise(m.group())) == normalise(m.group()) \
                    and not self._in_longer(keys, i) and self._named(text, tokens, keys, i, notes):
                out += [text[last:m.start()], self.names[keys[i]]]
                last = m.end()
        return "".join(out) + text[last:] if out else text

    def _in_longer(self, keys: list[str], i: int) -> bool:
        return _in_longer(self._longer, keys, i)

    def _named(self, text: str, tokens: list[re.Match[str]], keys: list[str], i: int, notes: bool) -> bool:
        token = tokens[i].group()
        opening = i == 0 or not _STOPS.isdisjoint(text[tokens[i - 1].end():tokens[i].start()])
        if token[:1].isupper() and not opening:  # ... and not in a run of capitalised words ("Brigham Young")
            return not self._joined(text, tokens, i, i - 1) and not self._joined(text, tokens, i, i + 1)
        if notes:
            return token[:1].isupper() and normalise(token) not in self.lower and not self._joined(text, tokens, i,
                                                                                                   i + 1)
        return not self.beside.as_word([normalise(t.group()) for t in tokens], i)  # (not "the young king")

    @staticmethod
    def _joined(text: str, tokens: list[re.Match[str]], i: int, j: int) -> bool:
        """Is the j-th token a capitalised word joined to the i-th by spaces or a hyphen?"""
        if not 0 <= j < len(tokens) or not tokens[j].group()[:1].isupper():
            return False
        if j < i and (j == 0 or not _STOPS.isdisjoint(text[tokens[j - 1].end():tokens[j].start()])):
            return False  # a word opening the sentence ("Later Young ...")
        return JOINED.issuperset(_between(text, tokens, i, j))


def _between(text: str, tokens: list[re.Match[str]], i: int, j: int) -> str:
    """What stands between two tokens next to each other."""
    a, b = sorted((i, j))
    return text[tokens[a].end():tokens[b].start()]


def case_names(aliases: Mapping[str, tuple[str, ...]], texts: Iterable[str], full: Aliases,
               synonyms: tuple[tuple[str, ...], ...] = ()) -> CaseNames | None:
    """The one-word variants of the pack's proper names (`plain_names.name_variants`) that its texts also write in
    lower case outside a longer name of the pack ("the young king", not "«Русский витязь»"), or None."""
    texts = list(texts)
    variants = name_variants(aliases)
    if not variants:
        return None
    key = full.name_key
    by_key = {key(v): v for v in variants}
    exact = frozenset(v for v, found in variants.items() if found.exact)
    longer: _Longer = {}  # key -> the longer names it stands in, and where
    for variant in full.pairs:
        seq = tuple(key(w) for w in TOKEN.findall(variant))
        for place, k in enumerate(seq):
            if len(seq) > 1 and k in by_key:
                longer.setdefault(k, []).append((seq, place))
    plain: dict[str, str] = {}
    for text in texts:
        tokens = [m.group() for m in TOKEN.finditer(text)]
        keys = [key(normalise(t)) for t in tokens]
        for i, k in enumerate(keys):
            if k in by_key and tokens[i][:1].islower() and not _in_longer(longer, keys, i) and written(
                    normalise(tokens[i]), v := by_key[k], variants[v], key):
                plain[v] = variants[v].canonical
    return CaseNames(aliases, texts, full, synonyms, plain, longer, exact & plain.keys()) if plain else None


def _in_longer(longer: _Longer, keys: list[str], i: int) -> bool:
    """Does the i-th word stand within a longer name of the pack ("Thomas Young", "Андре-Мари Ампера")?"""
    return any(tuple(keys[i - place:i - place + len(seq)]) == seq for seq, place in longer.get(keys[i], ())
               if i >= place)
