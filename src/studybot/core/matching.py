"""Word-level matching for the grader: prepared text, stems, synonyms, typo
tolerance, and the local negation and direction of a matched phrase.

A `Prepared` text is normalised, has pack aliases rewritten to their canonical
names and number words turned into digits, and is split into clauses so that a
negation or a direction word only affects the clause it stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from .quantities import Quantity, find_quantities, words_to_digits
from .text import normalise

__all__ = ["DOWN", "NEGATORS", "STOP", "UP", "Aliases", "Match", "Prepared", "find_phrase", "overlap", "stem"]

STOP = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "their", "there", "they", "he", "she", "his", "her", "them", "which", "who", "whom", "what", "when", "where", "why", "how", "do", "did", "does", "has", "have", "had", "than", "then", "so", "into", "about", "over", "under", "between", "during", "while", "also", "only", "just", "very", "would", "will", "could", "should", "can", "may", "might", "must", "s", "its", "itself", "one", "some", "any", "such", "both", "each"]
)
NEGATORS = frozenset(
    ["not", "no", "non", "never", "none", "nothing", "neither", "nor", "without", "cannot", "nobody", "nowhere", "hardly", "barely", "scarcely"]
)
# Quantitative direction only: evaluative words (better, worse) depend on what they describe.
UP = frozenset(
    ["rose", "rise", "rises", "rising", "risen", "grew", "grow", "grows", "growing", "grown", "increase", "increased", "increases", "increasing", "up", "higher", "gained", "gain", "gains", "expanded", "expand", "expands", "climbed", "climb", "climbs", "jumped", "soared", "surged", "raised", "boosted", "upward", "growth", "increasingly"]
)
DOWN = frozenset(
    ["fell", "fall", "falls", "falling", "fallen", "declined", "decline", "declines", "declining", "decreased", "decrease", "decreases", "decreasing", "dropped", "drop", "drops", "dropping", "down", "lower", "shrank", "shrink", "shrinks", "shrunk", "reduced", "reduce", "reduces", "reducing", "contracted", "slumped", "slump", "plunged", "downward", "sank", "sink", "lessened", "lessen", "fading", "fade", "fades", "faded", "shrinking"]
)
_CLAUSE_BREAK = frozenset(["but", "whereas", "while", "although", "though", "however", "yet", "because", "so", "and", "then"])
_NEG_PREFIXES = ("un", "non", "in", "im", "ir", "il", "dis", "anti")

# Small, generic synonym groups (article-specific names belong in pack aliases).
_SYNONYMS = [
    "remov lift end scrap abolish eliminat cancel drop",
    "limit cap restrict restriction ceiling quota",
    "resist counter oppos withstand contain deter confront curb counteract stand",
    "interfer interference meddl intervent interven",
    "domestic internal",
    "affair politic matter",
    "small tiny negligibl insignificant minor minuscul marginal",
    "visit trip travel",
    "aim goal objectiv ambition aspiration",
    "threat danger",
    "prevent stop block halt",
    "say said stat declar announc",
    "support back endors",
    "absorb annex incorporat swallow",
    "number count",
    "effect impact",
    "diplomat envoy",
    "recogni acknowledg",
]
_GROUP: dict[str, int] = {}
for _i, _line in enumerate(_SYNONYMS):
    for _w in _line.split():
        _GROUP.setdefault(_w, _i)

_SUFFIXES = ("izations", "isations", "ization", "isation", "ations", "ation", "ments", "ment", "ingly", "ings",
             "ing", "ists", "isms", "ist", "ism", "ness", "ies", "ied", "ers", "er", "ed", "es", "s", "ly",
             "ical", "al")
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_SPLIT = re.compile(r"[,;.!?:()\[\]]+(?!\d)|->|→|=>|—| - |\+")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem (English); numbers and short words unchanged."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= (5 if suffix[:2] in ("is", "al", "ic") else 3):
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            elif suffix in ("ing", "ed", "er", "ers") and len(base) > 3 and base[-1] == base[-2] \
                    and base[-1] not in "aeiouls":
                base = base[:-1]
            if suffix == "ly":
                return stem(base)  # "officially" -> "official" -> "offici"
            return base.rstrip("e") if len(base) > 4 else base
    return word.rstrip("e") if len(word) > 5 else word


def overlap(phrase: Prepared, other: Prepared) -> float:
    """Share of `phrase`'s content words found among `other`'s (stems, synonyms, typos)."""
    wanted = phrase.content()
    if not wanted:
        return 0.0
    have = [other.stems[j] for j in other.content()]
    found = sum(1 for i in wanted if any(word_match(phrase.stems[i], h) >= 0 for h in have))
    return found / len(wanted)


def _group(st: str) -> int | None:
    if st in _GROUP:
        return _GROUP[st]
    for key, gid in _GROUP.items():
        if len(key) >= 5 and st.startswith(key):
            return gid
    return None


_group = lru_cache(maxsize=65536)(_group)


def _typo_limit(word: str) -> int:
    if any(ch.isdigit() for ch in word) or len(word) <= 4:
        return 0
    return 1 if len(word) <= 7 else 2


_DOUBLE = re.compile(r"([a-z])\1+")


def word_match(want: str, have: str) -> int:
    """Match two stems: 0 exact or synonym, 1 a typo within tolerance, -1 none."""
    if want == have:
        return 0
    if want.isalpha() and _DOUBLE.sub(r"\1", want) == _DOUBLE.sub(r"\1", have):
        return 1  # a doubled letter: Mitchel / Mitchell, loss / los(ing)
    if any(have == p + want or want == p + have for p in _NEG_PREFIXES):
        return -1  # "reformed" is not "unreformed"
    gw = _group(want)
    if gw is not None and gw == _group(have):
        return 0
    limit = _typo_limit(want)
    if limit and abs(len(want) - len(have)) <= limit and (want[0] == have[0] or len(want) >= 8):
        if OSA.distance(want, have, score_cutoff=limit) <= limit:  # a swap counts once
            return 1
    return -1


class Aliases:
    """Pack aliases: every variant spelling rewritten to its canonical name."""

    def __init__(self, aliases: dict[str, tuple[str, ...]] | None):
        pairs: dict[str, str] = {}
        for canonical, variants in (aliases or {}).items():
            canon = normalise(canonical)
            for v in variants:
                nv = normalise(v)
                if nv and nv != canon:
                    pairs.setdefault(nv, canon)
        self.pairs = pairs
        self.pattern: re.Pattern | None = None
        if pairs:
            alternatives = "|".join(re.escape(v) for v in sorted(pairs, key=len, reverse=True))
            self.pattern = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.pairs[m.group(0)], text)


@dataclass
class Prepared:
    """Text ready for matching."""

    text: str  # normalised, aliases applied, number words as digits
    words: list[str]  # tokens
    stems: list[str]
    clauses: list[int]  # clause number of each token
    quantities: list[Quantity]

    @classmethod
    def of(cls, raw: str, aliases: Aliases) -> Prepared:
        text = aliases.apply(normalise(raw))
        quantities = find_quantities(text, normalised=True)
        text = words_to_digits(text)
        text = re.sub(r"n't\b", " not", text)
        text = re.sub(r"\bcan ?not\b", "can not", text)
        text = re.sub(r"\bhow many\b", "number", text)
        words: list[str] = []
        clauses: list[int] = []
        clause = 0
        for piece in _SPLIT.split(text):
            tokens = _TOKEN.findall(piece)
            for tok in tokens:
                if tok in _CLAUSE_BREAK:
                    clause += 1
                words.append(tok)
                clauses.append(clause)
            clause += 1
        stems = [stem(w) for w in words]
        return cls(text, words, stems, clauses, quantities)

    def content(self) -> list[int]:
        """Positions of content words (not stop words, not negators)."""
        return [i for i, w in enumerate(self.words) if w not in STOP and w not in NEGATORS]

    def negated_at(self, i: int, window: int = 4) -> bool:
        """Is the word at i in the scope of a negator earlier in its clause?"""
        c = self.clauses[i]
        count = 0
        for j in range(max(0, i - window), i):
            if self.clauses[j] == c and self.words[j] in NEGATORS:
                count += 1
        return count % 2 == 1

    def negated(self) -> bool:
        return sum(1 for w in self.words if w in NEGATORS) % 2 == 1

    def direction(self, positions: list[int] | None = None) -> int:
        """+1 up, -1 down, 0 none or mixed: over the clauses of `positions` (or all)."""
        if positions is None:
            words = self.words
        else:
            wanted = {self.clauses[i] for i in positions}
            words = [w for w, c in zip(self.words, self.clauses) if c in wanted]
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
                negation: bool | None = ..., directions: bool = True) -> Match | None:
    """Find every content word of `phrase` in `answer` (any order; stems, synonyms,
    typos), then check that the matched words are negated as the phrase is
    (`negation`: True/False to require a state, None to allow either). A direction
    word matches any word of the same direction unless `directions` is False.
    None when the phrase is not there."""
    wanted = [i for i in phrase.content() if phrase.stems[i] not in skip] or phrase.content()
    if not wanted:
        return None
    candidates = [i for i in answer.content()]
    positions: list[int] = []
    typo = False
    for i in wanted:
        want_word, want_stem = phrase.words[i], phrase.stems[i]
        want_dir = _direction_class(want_word)
        best, hit = -1, -1
        for j in candidates:
            if want_dir and directions:
                m = 0 if _direction_class(answer.words[j]) == want_dir else -1
            else:
                m = word_match(want_stem, answer.stems[j])
            if m == 0:
                best, hit = 0, j
                break
            if m == 1 and best < 0:
                best, hit = 1, j
        if best < 0:
            return None
        typo |= best == 1
        positions.append(hit)
    # local negation: the phrase's negation must agree with the matched words' scope
    phrase_neg = phrase.negated() if negation is ... else negation
    answer_neg = any(answer.negated_at(j) for j in positions)
    if phrase_neg is not None and phrase_neg != answer_neg:
        return None
    return Match(tuple(positions), typo, " ".join(answer.words[j] for j in positions))
