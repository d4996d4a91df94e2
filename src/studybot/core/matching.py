"""Word-level matching for the grader: prepared text, stems, synonyms, typo
tolerance, and the local negation and direction of a matched phrase.

A `Prepared` text is normalised, has pack aliases rewritten to their canonical
names and number words turned into digits, and is split into clauses so that a
negation or a direction word only affects the clause it stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lexicon import (
    AFTER_NEGATORS,
    ANTONYM_PAIRS,
    CLAUSE_BREAKS,
    DEMONYM_ENDINGS,
    DOWN,
    NEGATION_PREFIXES,
    NEGATORS,
    PHRASES,
    STOP,
    SYNONYMS,
    UP,
)
from .quantities import Quantity, find_dates, find_quantities, words_to_digits
from .text import normalise

__all__ = ["DOWN", "NEGATORS", "STOP", "UP", "Aliases", "Match", "Prepared", "antonyms", "contradicts",
           "directions_agree",
           "find_phrase", "overlap", "stem", "synonym_group", "word_match"]

_GROUP: dict[str, int] = {}
for _i, _group in enumerate(SYNONYMS):
    if _group.match == "root":  # the grader matches roots only (see lexicon.SYNONYMS)
        for _w in _group.entries:
            _GROUP.setdefault(_w, _i)

_LONGEST_ROOT = max(map(len, _GROUP), default=0)

_ANTONYMS = {frozenset(p.split()) for p in ANTONYM_PAIRS}
_ANTONYM_ROOTS = sorted({w for p in ANTONYM_PAIRS for w in p.split()}, key=len, reverse=True)


@lru_cache(maxsize=1 << 16)
def _antonym_key(st: str) -> str:
    for root in _ANTONYM_ROOTS:
        if st.startswith(root) and len(root) >= 4 or st == root:
            return root
    return st


_SUFFIXES = ("izations", "isations", "ization", "isation", "ations", "ation", "ated", "ating", "ates", "ments",
             "ment", "ingly", "ings", "ing", "ists", "isms", "ist", "ism", "ness", "ies", "ied", "ed", "es", "s",
             "ly", "ical", "al")
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_ALIAS_TOKEN = re.compile(r"[a-z0-9]+")
_LONG_WORD = re.compile(r"[a-z]{8,}")
_PHRASE = re.compile(
    r"n't\b|(?<![\w'])(" + "|".join(re.escape(k) for k in sorted(PHRASES, key=len, reverse=True)) + r")(?:\.|(?![\w']))"
)
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")


def _phrase(match: re.Match) -> str:
    return " not" if match.group(1) is None else PHRASES[match.group(1)]
_SPLIT = re.compile(r"[,;.!?:()\[\]]+(?!\d)|->|→|=>|—| - |\+")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem (English); numbers and short words unchanged."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        minimum = 5 if suffix[:2] in ("is", "al", "ic") else 2 if suffix in ("ies", "ied") else 3
        if suffix[:2] == "is" and not word[: -len(suffix)].endswith(("ion", "al", "an", "ic")):
            continue  # expansionist -> expansion, but a lobbyist is not a lobby
        if word.endswith(suffix) and len(word) - len(suffix) >= minimum:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied") and len(base) >= 2:
                base += "y"
            elif suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] \
                    and base[-1] not in "aeiouls":
                base = base[:-1]
            if suffix == "ly":
                return stem(base)  # "officially" -> "official" -> "offici"
            return base[:-1] if len(base) > 4 and base.endswith("e") else base
    return word[:-1] if len(word) > 5 and word.endswith("e") else word


def antonyms(a: Prepared, b: Prepared) -> tuple[str, str] | None:
    """A word of `a` whose opposite is in `b` ("positively" / "negatively")."""
    sa = {_antonym_key(a.stems[i]) for i in a.content()}
    sb = {_antonym_key(b.stems[i]) for i in b.content()}
    for x in sa - sb:
        for y in sb - sa:
            if frozenset((x, y)) in _ANTONYMS:
                return x, y
    return None


def contradicts(a: Prepared, b: Prepared) -> bool:
    """Does one text negate what the other does not, use the opposite word, or give
    a thing the opposite direction ("exports fell" / "exports rose")?"""
    return (a.negated() != b.negated() or antonyms(a, b) is not None
            or not directions_agree(a, b) or not directions_agree(b, a))


def _clause_directions(p: Prepared) -> list[tuple[list[int], int]]:
    """Each clause with content words: (their positions, the direction the clause
    states), in one pass over the text (a clause-by-clause scan was quadratic)."""
    words: dict[int, list[str]] = {}
    for word, clause in zip(p.words, p.clauses, strict=True):
        words.setdefault(clause, []).append(word)
    content: dict[int, list[int]] = {}
    for i in p.content():
        content.setdefault(p.clauses[i], []).append(i)
    return [(idx, Prepared._direction_of(words[clause])) for clause, idx in content.items()]


def directions_agree(a: Prepared, b: Prepared) -> bool:
    """Clause by clause: where `a` says a thing went up or down ("exports fell"), the
    clause of `b` about the same thing must not say the opposite."""
    theirs: dict[str, set[int]] = {}  # stem -> the directions of b's clauses that name it
    for jdx, direction in _clause_directions(b):
        if direction:
            for j in jdx:
                theirs.setdefault(b.stems[j], set()).add(direction)
    for idx, direction in _clause_directions(a):
        if not direction:
            continue
        subjects = {a.stems[i] for i in idx if not _direction_class(a.words[i])}
        if any(d != direction for st in subjects for d in theirs.get(st, ())):
            return False
    return True


def overlap(phrase: Prepared, other: Prepared) -> float:
    """Share of `phrase`'s content words found among `other`'s (stems, synonyms, typos)."""
    wanted = phrase.content()
    if not wanted:
        return 0.0
    have = [(other.stems[j], _direction_class(other.words[j]), other.words[j]) for j in other.content()]
    stems = other.stem_index()

    def present(i: int) -> bool:
        direction = _direction_class(phrase.words[i])
        if direction:
            return any(d == direction for _, d, _ in have)
        if phrase.stems[i] in stems:
            return True
        return other.find_word(phrase.stems[i], phrase.words[i], None)[0] >= 0

    return sum(1 for i in wanted if present(i)) / len(wanted)


def synonym_group(st: str) -> int | None:
    """The synonym group of a stem: the word itself, or a listed root of 5+ letters it starts with."""
    if st in _GROUP:
        return _GROUP[st]
    for end in range(min(len(st) - 1, _LONGEST_ROOT), 4, -1):  # no root is longer: a long word stays linear
        gid = _GROUP.get(st[:end])
        if gid is not None:
            return gid
    return None


synonym_group = lru_cache(maxsize=65536)(synonym_group)


def _typo_limit(word: str) -> int:
    if len(word) <= 4 or not word.isalpha():
        return 0
    return 1 if len(word) <= 9 else 2


_DOUBLE = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=1 << 18)
def word_match(want: str, have: str) -> int:
    """Match two stems: 0 exact or synonym, 1 a typo within tolerance, -1 none."""
    if want == have:
        return 0
    if want.isalpha() and _undouble(want) == _undouble(have):
        return 1  # a doubled letter: Mitchel / Mitchell, loss / los(ing)
    short, long = (want, have) if len(want) <= len(have) else (have, want)
    if long.endswith(short) and long[: len(long) - len(short)] in NEGATION_PREFIXES:
        return -1  # "reformed" is not "unreformed"
    if len(short) >= 4 and long.startswith(short) and long[len(short):] in DEMONYM_ENDINGS:
        return 0  # Russia / Russian, Europe / European, Belarus / Belarusian
    gw = synonym_group(want)
    if gw is not None and gw == synonym_group(have):
        return 0
    limit = _typo_limit(want)
    if limit and abs(len(want) - len(have)) <= limit and (want[0] == have[0] or len(want) >= 8):
        distance = OSA.distance(want, have, score_cutoff=limit)  # a swap counts once
        if distance == 1 or (distance == 2 == limit and _common_prefix(want, have) < min(len(want), len(have)) - 3):
            return 1  # two edits only when they are not just another ending (demonstrative/demonstration)
    return -1


@lru_cache(maxsize=1 << 16)
def _undouble(word: str) -> str:
    return _DOUBLE.sub(r"\1", word)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class Aliases:
    """Pack aliases: every variant spelling rewritten to its canonical name."""

    def __init__(self, aliases: dict[str, tuple[str, ...]] | None):
        pairs: dict[str, str] = {}
        for canonical, variants in (aliases or {}).items():
            canon = normalise(canonical)
            pairs[canon] = canon  # so "donald trump" is not rewritten through its part "trump"
            for v in variants:
                nv = normalise(v)
                if nv and not re.search(rf"(?<!\w){re.escape(canon)}(?!\w)", nv):
                    pairs.setdefault(nv, canon)  # "G7 summit" already names the G7: left as written
        for key, canon in list(pairs.items()):  # demonyms: "American" -> united states, "Russian" -> russia
            if " " not in key and len(key) >= 4 and key.isalpha():
                stems = {key} | ({key[:-1]} if key.endswith("e") else set())
                for base in stems:
                    for ending in DEMONYM_ENDINGS:
                        pairs.setdefault(base + ending, canon)
        # one-word names, for typos in names ("Wahsington", "Yalowits"), by first letter
        self.near: dict[str, list[str]] = {}
        for key in pairs:
            if " " not in key and len(key) >= 8 and key.isalpha():
                self.near.setdefault(key[0], []).append(key)
        self._near_cache: dict[str, str] = {}
        self.pairs = pairs
        # variants by their first word, longest first: matched word by word, so punctuation
        # between words does not matter ("charge d affaires" = "charge d'affaires")
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, canon in pairs.items():
            seq = tuple(_ALIAS_TOKEN.findall(key))
            if seq:
                self.by_first.setdefault(seq[0], []).append((seq, canon))
        for entries in self.by_first.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        self.canon_by_first: dict[str, list[tuple[str, ...]]] = {}
        for canon in set(pairs.values()):
            seq = tuple(_TOKEN.findall(canon))
            if seq and (len(seq) > 1 or (len(canon) >= 3 and canon.isalpha())):
                self.canon_by_first.setdefault(seq[0], []).append(seq)

    def names(self, prepared: Prepared) -> set[str]:
        """Canonical names a prepared text mentions."""
        found = set()
        words = prepared.words
        for i, word in enumerate(words):
            for seq in self.canon_by_first.get(word, ()):
                if tuple(words[i:i + len(seq)]) == seq:
                    found.add(" ".join(seq))
        return found

    def apply(self, text: str) -> str:
        """Rewrite every variant to its canonical name (longest variant first)."""
        if not self.by_first:
            return text
        tokens = list(_ALIAS_TOKEN.finditer(text))
        out: list[str] = []
        last = i = 0
        while i < len(tokens):
            for seq, canon in self.by_first.get(tokens[i].group(), ()):
                n = len(seq)
                if i + n <= len(tokens) and all(tokens[i + k].group() == seq[k] for k in range(1, n)):
                    out.append(text[last:tokens[i].start()])
                    out.append(canon)
                    last = tokens[i + n - 1].end()
                    i += n
                    break
            else:
                i += 1
        out.append(text[last:])
        text = "".join(out)
        if self.near:
            text = _LONG_WORD.sub(self._near_name, text)
        return text

    def _near_name(self, match: re.Match) -> str:
        word = match.group(0)
        if word in self.pairs:
            return word
        if word not in self._near_cache:
            limit = 1 if len(word) <= 9 else 2
            found = process.extractOne(word, self.near.get(word[0], ()), scorer=OSA.distance, score_cutoff=limit)
            near = found is not None and abs(len(found[0]) - len(word)) <= limit
            if len(self._near_cache) > 50_000:
                self._near_cache.clear()
            self._near_cache[word] = self.pairs[found[0]] if near else word
        return self._near_cache[word]


@dataclass
class Prepared:
    """Text ready for matching."""

    text: str  # normalised, aliases applied, number words as digits
    words: list[str]  # tokens
    stems: list[str]
    clauses: list[int]  # clause number of each token
    quantities: list[Quantity]
    _content: list[int] | None = field(default=None, repr=False, compare=False)
    _index: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    _negated: bool | None = field(default=None, repr=False, compare=False)
    _direction: int | None = field(default=None, repr=False, compare=False)
    _found: dict = field(default_factory=dict, repr=False, compare=False)
    _dates: list | None = field(default=None, repr=False, compare=False)
    _groups: list | None = field(default=None, repr=False, compare=False)

    @property
    def groups(self) -> list[int | None]:
        """The synonym group of each word's stem."""
        if self._groups is None:
            self._groups = [synonym_group(st) for st in self.stems]
        return self._groups

    @property
    def dates(self) -> list:
        """Dates written in the text (see quantities.find_dates)."""
        if self._dates is None:
            self._dates = find_dates(self.text, normalised=True)
        return self._dates

    @classmethod
    def of(cls, raw: str, aliases: Aliases) -> Prepared:
        text = normalise(raw)
        if "." in text:
            text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)  # D.E.A. -> dea
        text = _PHRASE.sub(_phrase, text)  # abbreviations, contractions, "a few", "far from"
        text = aliases.apply(text)
        quantities = find_quantities(text, normalised=True)
        text = words_to_digits(text)
        words: list[str] = []
        clauses: list[int] = []
        clause = 0
        for piece in _SPLIT.split(text):
            tokens = _TOKEN.findall(piece)
            for tok in tokens:
                if tok in CLAUSE_BREAKS:
                    clause += 1
                words.append(tok)
                clauses.append(clause)
            clause += 1
        stems = [stem(w) for w in words]
        return cls(text, words, stems, clauses, quantities)

    def stem_index(self) -> dict[str, list[int]]:
        """Content-word positions by stem."""
        if self._index is None:
            index: dict[str, list[int]] = {}
            for i in self.content():
                index.setdefault(self.stems[i], []).append(i)
            self._index = index
        return self._index

    def content(self) -> list[int]:
        """Positions of content words (not stop words, not negators)."""
        if self._content is None:
            self._content = [i for i, w in enumerate(self.words) if w not in STOP and w not in NEGATORS]
        return self._content

    def negated_at(self, i: int, window: int = 4) -> bool:
        """Is the word at i in the scope of a negator earlier in its clause (or of a
        "few"/"little" after it: "ideas are few")?"""
        c = self.clauses[i]
        count = 0
        for j in range(max(0, i - window), i):
            if self.clauses[j] == c and self.words[j] in NEGATORS:
                count += 1
        for j in range(i + 1, min(len(self.words), i + 3)):
            if self.clauses[j] == c and self.words[j] in AFTER_NEGATORS:
                count += 1
        return count % 2 == 1

    def negated(self) -> bool:
        if self._negated is None:
            self._negated = sum(1 for w in self.words if w in NEGATORS) % 2 == 1
        return self._negated

    def find_word(self, want_stem: str, want_word: str, pool: tuple[int, ...] | None) -> tuple[int, int]:
        """(0 exact or synonym / 1 typo / -1 none, position) of the first content word
        matching `want` (among `pool` positions if given). Memoised per text."""
        key = (want_stem, want_word, pool)
        found = self._found.get(key)
        if found is None:
            best, hit = -1, -1
            first, group, size = want_stem[:1], synonym_group(want_stem), len(want_stem)
            for j in (self.content() if pool is None else pool):
                have = self.stems[j]
                if have[:1] != first and size < 8 and (group is None or self.groups[j] != group) \
                        and self.words[j][:1] != want_word[:1]:
                    continue  # no typo, synonym or demonym can start with another letter
                m = word_match(want_stem, have)
                if m < 0 and word_match(want_word, self.words[j]) >= 0:
                    m = 1  # a typo that changed the stem: "lobbist", "heaings"
                if m == 0:
                    best, hit = 0, j
                    break
                if m == 1 and best < 0:
                    best, hit = 1, j
            found = self._found[key] = (best, hit)
        return found

    def direction(self, positions: list[int] | None = None) -> int:
        """+1 up, -1 down, 0 none or mixed: over the clauses of `positions` (or all)."""
        if positions is None:
            if self._direction is None:
                self._direction = self._direction_of(self.words)
            return self._direction
        wanted = {self.clauses[i] for i in positions}
        return self._direction_of([w for w, c in zip(self.words, self.clauses) if c in wanted])

    @staticmethod
    def _direction_of(words: list[str]) -> int:
        up = any(w in UP for w in words)
        down = any(w in DOWN for w in words)
        return 0 if up == down else (1 if up else -1)


@dataclass(frozen=True)
class Match:
    positions: tuple[int, ...]  # answer positions that matched the phrase's content words
    typo: bool
    text: str


def _direction_class(word: str) -> int:
    return 1 if word in UP else -1 if word in DOWN else 0


def find_phrase(phrase: Prepared, answer: Prepared, *, skip: frozenset[str] = frozenset(),
                negation: bool | None = ..., directions: bool = True, span: int | None = None) -> Match | None:
    """Find every content word of `phrase` in `answer` (any order; stems, synonyms,
    typos), then check that the matched words are negated as the phrase is
    (`negation`: True/False to require a state, None to allow either). A direction
    word matches any word of the same direction unless `directions` is False; with
    `span`, the matched words must lie within that many words of each other.
    None when the phrase is not there."""
    wanted = [i for i in phrase.content() if phrase.stems[i] not in skip] or phrase.content()
    if not wanted:
        return None
    candidates = answer.content()
    positions: list[int] = []
    found_in: set[int] = set()  # the clauses of `positions`, kept as it grows (not rebuilt: quadratic)
    typo = False
    # plain words first; a direction word must then stand in the clause of one of them
    ordered = sorted(wanted, key=lambda i: bool(_direction_class(phrase.words[i])))
    for i in ordered:
        want_word, want_stem = phrase.words[i], phrase.stems[i]
        want_dir = _direction_class(want_word)
        pool = candidates
        if want_dir and positions:
            pool = [j for j in candidates if answer.clauses[j] in found_in]
        best, hit = -1, -1
        if not want_dir or not directions:
            exact = [j for j in answer.stem_index().get(want_stem, ()) if j in pool] if pool is not candidates \
                else answer.stem_index().get(want_stem, ())
            if exact:
                positions.append(exact[0])
                found_in.add(answer.clauses[exact[0]])
                continue
        if want_dir and directions:
            for j in pool:
                if _direction_class(answer.words[j]) == want_dir:
                    best, hit = 0, j
                    break
        else:
            best, hit = answer.find_word(want_stem, want_word, None if pool is candidates else tuple(pool))
        if best < 0:
            return None
        typo |= best == 1
        positions.append(hit)
        found_in.add(answer.clauses[hit])
    if span is not None and max(positions) - min(positions) > span:
        return None
    # local negation: the phrase's negation must agree with the matched words' scope
    phrase_neg = phrase.negated() if negation is ... else negation
    answer_neg = any(answer.negated_at(j) for j in positions)
    if phrase_neg is not None and phrase_neg != answer_neg:
        return None
    return Match(tuple(positions), typo, " ".join(answer.words[j] for j in positions))
