"""A pack's names and its own paraphrases, rewritten to one canonical form before words
are compared: `aliases` (other spellings of a name: "Tchaikovsky" -> "Pyotr
Ilyich Tchaikovsky"), the multi-word entries of `synonyms` ("Calvin cycle" -> "dark
reactions"), demonyms of the names ("Peruvian" -> "Peru") and typos of long names.
Works on normalised text in any script.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .language import Language, language
from .text import normalise

__all__ = ["WORD", "Aliases", "roman_to_digits"]

WORD = re.compile(r"[^\W_]+")  # a letter or digit run, any script
_DOUBLE = re.compile(r"([^\W\d_])\1+")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")  # a name of six letters, one left out
NEAR_NAME_FROM = 6  # names of this many letters or more are found despite one typo


_VOWELS = frozenset("aeiouyаеиоуыэюяё")
_ROMAN = re.compile(r"(?<![\w.-])[IVXL]{2,7}(?![\w-])")  # "XIV", "Charles XII"; one letter may be a word ("I")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(numeral: str) -> str:
    """A Roman numeral in capitals as digits ("XIV" -> "14"); anything else as written."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return str(total) if total > 0 and _as_roman(total) == numeral else numeral


def _as_roman(n: int) -> str:
    out = []
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_to_digits(raw: str) -> str:
    """Roman numerals written in capitals as digits ("Charles XII" -> "Charles 12", "XIV" ->
    "14"), before the text is lower-cased; a lone letter stays (it may be a word: "I")."""
    if raw.islower() or not _ROMAN.search(raw):
        return raw
    return _ROMAN.sub(lambda m: _roman(m.group(0)), raw)


def _vowel_slip(a: str, b: str) -> bool:
    """Two spellings of a short name that differ only by a doubled letter, one vowel for
    another, two letters swapped or a letter left out inside ("Росия" / "Россия", "Ельцын" /
    "Ельцин", "Frnace" / "France", "Havard" / "Harvard"), the usual slips in names; not a
    consonant for another ("Kozlov" / "Kotlov") nor another ending ("Ivanov" / "Ivanova")."""
    if _DOUBLE.sub(r"\1", a) == _DOUBLE.sub(r"\1", b):
        return True
    if len(a) != len(b):
        short, long = (a, b) if len(a) < len(b) else (b, a)
        # a letter left out inside the name ("Havard" / "Harvard"); not at its end ("Ivanov" / "Ivanova")
        return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return True
    return len(diff) == 1 and a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS


_DEVOICED = frozenset(("вф", "дт", "гк", "зс", "бп", "жш"))


def _devoiced(a: str, b: str) -> bool:
    """A name spelt as it sounds: its last consonant written voiceless or voiced ("Вирхоф" /
    "Вирхов", "Синот" / "Синод"), as Russian says it at the end of a word."""
    return len(a) == len(b) and a[:-1] == b[:-1] and "".join(sorted(a[-1] + b[-1])) in _SORTED_DEVOICED


_SORTED_DEVOICED = frozenset("".join(sorted(pair)) for pair in _DEVOICED)


class Aliases:
    """Every variant spelling of a pack's names rewritten to its canonical name; the
    pack's `Language` travels with it (see `matching.Prepared.of`)."""

    def __init__(self, aliases: Mapping[str, tuple[str, ...]] | None = None, lang: Language | None = None,
                 synonyms: tuple[tuple[str, ...], ...] = ()):
        self.lang = lang or language("en", synonyms)
        pairs: dict[str, str] = {}
        for canonical, variants in (aliases or {}).items():
            self._add(pairs, canonical, variants)
        # proper names (written with a capital in the pack), not titles or abbreviations
        self.proper = frozenset(normalise(roman_to_digits(c)) for c in (aliases or {}) if c[:1].isupper())
        for group in synonyms:  # multi-word paraphrases of this text: rewritten to one word of the group
            phrases = tuple(w for w in group if " " in normalise(w))
            if phrases:
                words = [w for w in group if " " not in normalise(w)]
                canonical = words[0] if words else phrases[0]
                self._add(pairs, canonical, tuple(p for p in phrases if p != canonical))
        self._demonyms(pairs)
        self.pairs = pairs
        # one-word names, for typos in names ("Wahsington", "Росия"), by first letter
        self.near: dict[str, list[str]] = {}
        for key in pairs:
            if " " not in key and len(key) >= NEAR_NAME_FROM and key.isalpha():
                self.near.setdefault(key[0], []).append(key)
        self.near_names = frozenset(name for names in self.near.values() for name in names)
        self._near_by_size: dict[tuple[str, int], list[tuple[int, str]]] = {}  # (first letter, length) -> names
        for names in self.near.values():
            for place, name in enumerate(names):
                self._near_by_size.setdefault((name[0], len(name)), []).append((place, name))
        self._near_cache: dict[str, str] = {}
        self._windows: dict[tuple[str, int, int], list[str]] = {}  # see `_sized`
        self._settled: set[str] = set()  # words known to be no slip of a name
        # variants by their first word, longest first: matched word by word, so punctuation
        # between words does not matter ("charge d affaires" = "charge d'affaires")
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, canon in pairs.items():
            seq = tuple(WORD.findall(key))
            if seq:
                self.by_first.setdefault(seq[0], []).append((seq, canon))
        for entries in self.by_first.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        # in a language of cases, names of several words also in another case or order ("на Наталье Гончаровой",
        # "известь гашёная"), by their words' stems
        self.by_stem: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._exact = frozenset(seq for entries in self.by_first.values() for seq, _ in entries)
        if self.lang.lex.case_endings:
            for seq, canon in ((seq, canon) for entries in self.by_first.values() for seq, canon in entries):
                if len(seq) >= 2 and all(w.isalpha() for w in seq):
                    stems = tuple(self.lang.stem(w) for w in seq)
                    for order in {stems, stems[::-1]} if len(stems) == 2 else {stems}:
                        self.by_stem.setdefault(order[0], []).append((order, canon))
            for entries in self.by_stem.values():
                entries.sort(key=lambda e: len(e[0]), reverse=True)
        self.canon_by_first: dict[str, list[tuple[str, ...]]] = {}
        self._proper_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # proper names only, joined
        for canon in set(pairs.values()):
            seq = tuple(WORD.findall(canon))
            if seq and (len(seq) > 1 or (len(canon) >= 3 and canon.isalpha())):
                self.canon_by_first.setdefault(seq[0], []).append(seq)
                if " ".join(seq) in self.proper:
                    self._proper_by_first.setdefault(seq[0], []).append((seq, " ".join(seq)))

    @staticmethod
    def _add(pairs: dict[str, str], canonical: str, variants: tuple[str, ...]) -> None:
        canon = normalise(roman_to_digits(canonical))
        pairs[canon] = canon  # so "donald trump" is not rewritten through its part "trump"
        for variant in variants:
            nv = normalise(roman_to_digits(variant))
            if nv and not re.search(rf"(?<!\w){re.escape(canon)}(?!\w)", nv):
                pairs.setdefault(nv, canon)  # "G7 summit" already names the G7: left as written

    def _demonyms(self, pairs: dict[str, str]) -> None:
        """ "American" -> united states, "Russian" -> russia (languages with demonym endings)."""
        endings = [e for e in ("n", "an", "ian", "ns", "ans", "ians") if e in self.lang.lex.demonym_endings]
        for key, canon in list(pairs.items()):
            if " " not in key and len(key) >= 4 and key.isalpha():
                bases = {key} | ({key[:-1]} if key.endswith("e") else set())
                for base in bases:
                    for ending in endings:
                        pairs.setdefault(base + ending, canon)

    def names(self, words: list[str]) -> set[str]:
        """Canonical proper names (people, places, bodies) mentioned in a list of words."""
        found: set[str] = set()
        by_first = self._proper_by_first
        if by_first.keys().isdisjoint(words):
            return found
        for i, word in enumerate(words):
            for seq, name in by_first.get(word, ()):
                if tuple(words[i:i + len(seq)]) == seq:
                    found.add(name)
        return found

    def apply(self, text: str) -> str:
        """Rewrite every variant to its canonical name (longest variant first)."""
        if not self.by_first:
            return text
        by_first = self.by_first
        words = WORD.findall(text)
        if self.by_stem:
            text, words = self._by_stems(text, words)
        if by_first.keys().isdisjoint(words):
            return self._near_names(text, words) if self.near else text
        tokens: list[re.Match[str]] = []  # found when a variant is rewritten
        out: list[str] = []
        last = done = 0
        for i in [i for i, w in enumerate(words) if w in by_first]:  # left to right, longest variant first
            if i < done:
                continue
            for seq, canon in by_first[words[i]]:
                n = len(seq)
                if (n == 1 or words[i + 1:i + 2] == [seq[1]]) and tuple(words[i:i + n]) == seq:
                    done = i + n
                    if n == 1 and canon == seq[0]:
                        break  # the name as it is written
                    tokens = tokens or list(WORD.finditer(text))
                    out.append(text[last:tokens[i].start()])
                    out.append(canon)
                    last = tokens[i + n - 1].end()
                    break
        if out:
            out.append(text[last:])
            text = "".join(out)
        if self.near:
            text = self._near_names(text, words)
        return text

    def _by_stems(self, text: str, words: list[str]) -> tuple[str, list[str]]:
        """Names of several words given in another case or order, rewritten to the canonical name."""
        stems = [self.lang.stem(w) for w in words]
        if self.by_stem.keys().isdisjoint(stems):
            return text, words
        tokens = list(WORD.finditer(text))
        out: list[str] = []
        last = done = 0
        for i, st in enumerate(stems):
            if i < done or st not in self.by_stem:
                continue
            for seq, canon in self.by_stem[st]:
                n = len(seq)
                if tuple(stems[i:i + n]) != seq or any(text[tokens[k].end():tokens[k + 1].start()].strip(" -")
                                                       for k in range(i, i + n - 1)):
                    continue  # (the words of one name, with nothing but spaces between them)
                if tuple(words[i:i + n]) not in self._exact:  # as written: left to `apply`
                    out.append(text[last:tokens[i].start()])
                    out.append(canon)
                    last = tokens[i + n - 1].end()
                done = i + n
                break
        if not out:
            return text, words
        out.append(text[last:])
        text = "".join(out)
        return text, WORD.findall(text)

    def _near_names(self, text: str, words: list[str]) -> str:
        """Long words one slip away from a name, rewritten to the name ("Wahsington")."""
        near, pairs, cache, settled = self.near, self.pairs, self._near_cache, self._settled
        candidates = False
        for w in set(words).difference(settled):
            if len(w) >= NEAR_NAME_FROM - 1 and w[0] in near and w not in pairs and cache.get(w) != w:
                candidates = True  # new, or a slip of a name already found
            else:  # too short, no name starts so, a name itself, or found to be no slip: for good
                if len(settled) > 50_000:
                    settled.clear()
                settled.add(w)
        if not candidates:
            return text
        return _LONG_WORD.sub(self._near_name, text)

    def _sized(self, first: str, length: int, limit: int) -> list[str]:
        """The names of a first letter whose length is within `limit` of `length`, the only ones
        that can be that close (kept in their order, for ties). Memoised."""
        key = (first, length, limit)
        found = self._windows.get(key)
        if found is None:
            found = self._windows[key] = [name for _, name in sorted(
                entry for size in range(length - limit, length + limit + 1)
                for entry in self._near_by_size.get((first, size), ()))]
        return found

    def _near_name(self, match: re.Match[str]) -> str:
        word = match.group(0)
        if word in self.pairs or word[0] not in self.near:
            return word
        if word not in self._near_cache:
            base = next((word[:-len(e)] for e in self.lang.lex.case_endings
                         if word.endswith(e) and word[:-len(e)] in self.near_names), "")
            if base:  # a name in a case of a sentence ("Вирховым")
                self._near_cache[word] = self.pairs[base]
                return self._near_cache[word]
            limit = 1 if len(word) <= 9 else 2
            sized = self._sized(word[0], len(word), limit)
            found = process.extractOne(word, sized, scorer=OSA.distance, score_cutoff=limit) if sized else None
            name = found[0] if found is not None else ""
            near = bool(name) and abs(len(name) - len(word)) <= limit and (
                len(word) >= 8 or _vowel_slip(word, name) or _devoiced(word, name))
            if len(self._near_cache) > 50_000:
                self._near_cache.clear()
            self._near_cache[word] = self.pairs[name] if near else word
        return self._near_cache[word]
