"""The passages the tutor searches, built from a pack, and the match keys of words.

A passage (`Doc`) is one sentence of a section's notes, a card's explanation, a card
as prompt and answer, or a sentence of the source text. Each is prepared like a graded
answer (pack aliases, stems; see `matching`) and reduced to match keys:

- the stem of each content word, and its synonym groups in `lexicon.SYNONYMS` (``zg<n>``): strong;
- its direction (``zdirup``, ``zdirdown``), its six-letter root (``zr...``) and the stem of
  its positive form ("distrusts" -> "trust"): weak, partial credit;
- each canonical name it mentions (``zn<words>``).

`Library(pack)` builds every passage once, with the document frequencies, vocabulary and
names that question analysis and ranking need, and the FTS5 index over the keys.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from ..lexicon import (
    BARE_NEGATORS,
    DOWN,
    JOINED_PREFIXES,
    QUESTION_WORDS,
    REASON_WORDS,
    ROLE_WORDS,
    STOP,
    STRIPPED_PREFIXES,
    SYNONYMS,
    TIME_WORDS,
    UP,
)
from ..matching import Aliases, Prepared, stem, synonym_group
from ..packs import Card, Pack
from ..search import SearchIndex
from ..text import clean, normalise

__all__ = ["CAPITALISED", "NAME_KEY", "WORD", "Doc", "DocKind", "Library", "NameSpan", "Passage", "all_keys",
           "card_text", "content", "end_sentence", "in_synonym_group", "join_prefixes", "name_key", "passages",
           "sentences", "word_keys"]

DocKind = Literal["note", "explanation", "card", "source"]

NAME_KEY = "zn"  # prefix of the key of a canonical name
SYNONYM_KEY = "zg"  # prefix of the key of a synonym group
ROOT_FROM = 7  # stems of this many letters or more also give their root ...
ROOT_LENGTH = 6  # ... of this many letters (a weak key)
MAX_SOURCE_CHARS = 2_000_000  # characters of a source text that are indexed
MIN_SOURCE_WORDS = 4  # shorter source sentences (headings, captions) are not passages

_STRIPPED_PREFIX = re.compile(r"^(?:" + "|".join(STRIPPED_PREFIXES) + r")(?=[a-z]{5})")
_JOINED_PREFIX = re.compile(r"\b(" + "|".join(JOINED_PREFIXES) + r")-(?=[a-z])", re.IGNORECASE)
_DEFINING_CUE = re.compile(r"\s*(?::|\(|,\s+(?:the|a|an|who|which)\b|\s+(?:is|was|are|were)\s+(?:the|a|an|one)\b)")
_QUOTED = re.compile(r"[\"“]([^\"”]{3,200})[\"”]")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a cardinal as written ("second" becomes "2" when prepared, but is no figure)
_CARDINAL = re.compile(r"(?<![\w.])(?!(?:19|20)\d\d\b)\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
                       r"hundred|thousand|million|billion|trillion|half|quarter|dozen|thirds?|fifths?)\b",
                       re.IGNORECASE)
_SENTENCE = re.compile(r"(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)(?<=[.!?])\s+(?=[A-Z\"'“‘(])")
CAPITALISED = re.compile(r"(?<![\w'’])([A-Z][\w'’-]*)")  # a capitalised word as written
WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")  # a word of normalised text (decimals kept whole)
_SENTENCE_START = ("", ".", "?", "!", ":", ";", '"', "“", "(", "'", "‘")  # what may stand before a sentence


class Passage(NamedTuple):
    """A passage to index, before it is prepared."""

    kind: DocKind
    text: str
    section_id: str | None
    card_id: str | None
    order: int  # position among the section's notes (notes only)


class NameSpan(NamedTuple):
    """A canonical name found in a list of words: words[start:end] == words."""

    start: int
    end: int
    words: tuple[str, ...]


@dataclass(frozen=True)
class Doc:
    """One indexed passage and what ranking needs to know of it."""

    id: int
    kind: DocKind
    text: str
    section_id: str | None
    card_id: str | None
    order: int  # position among the section's notes (notes only)
    keys: frozenset[str]
    title_keys: frozenset[str]  # keys only found in quoted titles of works: partial credit
    heads: frozenset[str]  # keys of what the passage defines ("X, the ...", "X is a ...", "President X")
    names: frozenset[str]
    persons: frozenset[str]  # names of people (see Library._people)
    prompt: tuple[frozenset[str], ...]  # card passages: the keys of each content word of the prompt
    size: int  # content words
    numeric: bool
    dated: bool
    reason: bool
    listing: bool


# ------------------------------------------------------------------ keys of words


def _exact_groups() -> dict[str, frozenset[int]]:
    """The exact synonym groups (`lexicon.SYNONYMS`) of each listed word and of its stem."""
    groups: dict[str, set[int]] = {}
    for i, group in enumerate(SYNONYMS):
        if group.match == "exact":
            for word in group.entries:
                groups.setdefault(stem(word), set()).add(i)
                groups.setdefault(word, set()).add(i)
    return {key: frozenset(ids) for key, ids in groups.items()}


_EXACT_GROUPS = _exact_groups()


def in_synonym_group(word: str) -> bool:
    """Does a word (or stem) belong to a synonym group, as listed or by a root?"""
    return word in _EXACT_GROUPS or synonym_group(word) is not None


def _synonym_keys(word: str, st: str) -> set[str]:
    """Keys of the synonym groups of a word: the root group of its stem (as the grader finds
    it, see `matching.synonym_group`) and the exact groups of its stem, or else of the word."""
    groups = set(_EXACT_GROUPS.get(st) or _EXACT_GROUPS.get(word) or ())
    gid = synonym_group(st)
    if gid is not None:
        groups.add(gid)
    return {f"{SYNONYM_KEY}{g}" for g in groups}


def word_keys(word: str, st: str) -> tuple[set[str], set[str]]:
    """Strong keys (stem, synonym groups) and weak keys (direction, root, positive form) of a word."""
    strong = {st} | _synonym_keys(word, st)
    weak = set()
    if word in UP:
        weak.add("zdirup")
    elif word in DOWN:
        weak.add("zdirdown")
    if len(st) >= ROOT_FROM and st.isalpha():
        weak.add("zr" + st[:ROOT_LENGTH])
    base = _STRIPPED_PREFIX.sub("", word)
    if base != word:  # "distrusts" answers "trust?", "unreformed" answers "reformed?"
        weak.add(stem(base))
    return strong, weak


@lru_cache(maxsize=1 << 16)
def all_keys(word: str, st: str) -> frozenset[str]:
    """Strong and weak keys of a word together (what a passage offers)."""
    strong, weak = word_keys(word, st)
    return frozenset(strong | weak)


def name_key(seq: tuple[str, ...]) -> str:
    """The key of a canonical name, from its words."""
    return NAME_KEY + "".join(seq)


def content(prepared: Prepared) -> list[int]:
    """Positions of content words. Unlike the grader, "unwilling", "unable", "few" or
    "without" count: they are what a question may be about."""
    return [i for i, w in enumerate(prepared.words) if w not in STOP and w not in BARE_NEGATORS]


def join_prefixes(text: str) -> str:
    """Hyphenated prefixes joined to their word: "co-wrote" -> "cowrote"."""
    return _JOINED_PREFIX.sub(r"\1", text)


def _heads(prepared: Prepared, name_at: dict[int, str]) -> set[str]:
    """Keys of what a passage defines: the words (or the name) just before a defining cue
    such as ", the", ":", "(" or "is a" ("Zas was the state secretary ...")."""
    heads: set[str] = set()
    tokens = list(WORD.finditer(prepared.text))
    for cue in _DEFINING_CUE.finditer(prepared.text):
        before = [i for i, t in enumerate(tokens) if t.end() <= cue.start()]
        if before:
            if before[-1] in name_at:
                heads.add(name_at[before[-1]])
            heads.update(stem(tokens[i].group()) for i in before[-2:])
    return heads


# ------------------------------------------------------------------ texts of passages


def sentences(text: str) -> list[str]:
    """The sentences of a text, line by line."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s.strip() for s in _SENTENCE.split(line) if s.strip())
    return out


def card_text(card: Card) -> str:
    """A card as one readable passage: a cloze with its blanks filled, else prompt and answer."""
    if card.kind == "cloze" and card.text:
        return re.sub(r"\{\{(.*?)\}\}", lambda m: m.group(1).split("|")[0], card.text)
    return f"{card.prompt.strip()} {end_sentence(card.answer.strip())}"


def end_sentence(sentence: str) -> str:
    """A sentence with its final stop (added when it has none)."""
    sentence = sentence.strip()
    return sentence if sentence[-1:] in ".!?\"'”’)" else sentence + "."


def passages(pack: Pack) -> Iterator[Passage]:
    """Every passage of a pack to index: a line naming the source, the notes sentence by
    sentence, card explanations and cards, and the sentences of the source text."""
    source = pack.source
    if source.title and source.author:
        year = f" ({source.year})" if source.year else ""
        yield Passage("source", f'The article "{source.title}" was written by {source.author}{year}.', None, None, 0)
    for section in pack.sections:
        for order, sentence in enumerate(sentences(section.notes)):
            yield Passage("note", sentence, section.id, None, order)
    for card in pack.cards:
        if card.explanation.strip():
            yield Passage("explanation", card.explanation.strip(), card.section, card.id, 0)
        yield Passage("card", card_text(card), card.section, card.id, 0)
    try:
        text = pack.source_text()
    except Exception:  # noqa: BLE001 - an unreadable source text only means fewer passages
        text = None
    for sentence in sentences((text or "")[:MAX_SOURCE_CHARS]):
        if len(sentence.split()) >= MIN_SOURCE_WORDS:
            yield Passage("source", sentence, None, None, 0)


# ------------------------------------------------------------------ the library


class _PartKeys(NamedTuple):
    """What the prepared parts of a passage give: keys, names, heads, and the words outside
    names of the last part (the answer part of a card), where figures and dates are looked for."""

    keys: set[str]
    names: set[str]
    heads: set[str]
    figures: list[str]


class Library:
    """Every passage of one pack, prepared and indexed, with the statistics the tutor needs.

    Attributes: `docs` (by id), `df` (passages per key), `vocab` (word counts of the
    passages), `names` (words of names), `persons` (name keys of people), `card_keys`
    (keys of each card's passages), `sequences` (multi-word alias variants), `index`.
    """

    def __init__(self, pack: Pack):
        self.pack = pack
        self.aliases = Aliases(pack.aliases)
        self.sections = {s.id: s for s in pack.sections}
        self._by_first: dict[str, list[tuple[str, ...]]] = {
            first: sorted(seqs, key=len, reverse=True) for first, seqs in self.aliases.canon_by_first.items()}
        self._name_groups = self._alias_groups()
        self.vocab: Counter[str] = Counter()  # words of the documents, after aliases
        self.names: set[str] = set()  # words of names: aliases and capitalised words of the pack
        for canon, variants in pack.aliases.items():  # as written (not the generated demonym forms)
            for name in (canon, *variants):
                self.names.update(w for w in WORD.findall(normalise(name)) if len(w) >= 3 and w not in STOP)
        self.persons = self._people()
        self.sequences = [seq for key in self.aliases.pairs for seq in [tuple(WORD.findall(key))]
                          if len(seq) >= 2 and seq[0] not in STOP and len(seq[0]) >= 3]
        self.docs: list[Doc] = [self._make_doc(i, p) for i, p in enumerate(passages(pack))]
        self.df: Counter[str] = Counter()
        for doc in self.docs:
            self.df.update(doc.keys)
        self.card_keys: dict[str, set[str]] = {}
        for doc in self.docs:
            if doc.card_id:
                self.card_keys.setdefault(doc.card_id, set()).update(doc.keys)
        self.index = SearchIndex(("keys",))
        self.index.build((doc.id, (" ".join(sorted(doc.keys | doc.title_keys)),)) for doc in self.docs)

    def idf(self, key: str) -> float:
        """The rarity of a key among the passages (a key no passage has is `rarest`)."""
        return _idf(len(self.docs), self.df.get(key, 0))

    @property
    def rarest(self) -> float:
        """The rarity of a key no passage has."""
        return _idf(len(self.docs), 0)

    def find_names(self, words: list[str]) -> list[NameSpan]:
        """Each canonical name in `words`, longest first, left to right."""
        found = []
        i = 0
        while i < len(words):
            for seq in self._by_first.get(words[i], ()):
                if tuple(words[i:i + len(seq)]) == seq:
                    found.append(NameSpan(i, i + len(seq), seq))
                    i += len(seq)
                    break
            else:
                i += 1
        return found

    # -------------------------------------------------------------- names

    def _alias_groups(self) -> dict[str, set[str]]:
        """Synonym keys of a canonical name's one-word variants ("Anschluss" ~ "annexation")."""
        out: dict[str, set[str]] = {}
        for variant, canon in self.aliases.pairs.items():
            if variant != canon and variant.isalpha():
                strong, _ = word_keys(variant, stem(variant))
                out.setdefault(canon, set()).update(k for k in strong if k.startswith("z"))
        return out

    def _people(self) -> set[str]:
        """Name keys of the aliases that look like people: two to four capitalised words, none
        of them used in lower case in the pack, or a variant written with an initial ("J. Bolton")."""
        texts = [s.notes for s in self.pack.sections]
        texts += [t for c in self.pack.cards for t in (c.prompt, c.answer, c.explanation)]
        lower = {w for t in texts for w in re.findall(r"(?<![\w'’])[a-z]+", t)}
        people = set()
        for canon, variants in self.pack.aliases.items():
            parts = canon.split()
            if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() and p.isalpha() for p in parts):
                continue
            initial = any(re.match(r"^[A-Z]\.\s", v) for v in variants)
            if initial or not any(p.casefold() in lower for p in parts):
                people.add(name_key(tuple(WORD.findall(normalise(canon)))))
        return people

    def _remember_names(self, text: str) -> None:
        """Capitalised words inside sentences are names (for spelling correction)."""
        for m in CAPITALISED.finditer(text):
            if text[:m.start()].rstrip()[-1:] not in _SENTENCE_START:
                self.names.update(w for w in WORD.findall(normalise(m.group(1)))
                                  if len(w) >= 3 and w.isalpha() and w not in STOP and w not in QUESTION_WORDS)

    # -------------------------------------------------------------- passages

    def _make_doc(self, doc_id: int, passage: Passage) -> Doc:
        kind, text, section_id, card_id, order = passage
        card = self.pack.card(card_id) if card_id and kind == "card" else None
        pieces = (card.prompt, card.answer) if card is not None and card.kind != "cloze" else (text,)
        parts = [Prepared.of(join_prefixes(piece), self.aliases) for piece in pieces]
        found = self._part_keys(parts)
        keys = found.keys
        title_keys = self._title_keys(text, keys)
        keys -= title_keys
        prompt: tuple[frozenset[str], ...] = ()
        if card is not None:
            keys |= _tag_keys(card)
            prompt = self._prompt_keys(card, parts)
        self._remember_names(text)
        words = [w for p in parts for w in p.words]
        figures = found.figures
        return Doc(
            id=doc_id, kind=kind, text=clean(text, multiline=False), section_id=section_id, card_id=card_id,
            order=order, keys=frozenset(keys), title_keys=frozenset(title_keys), heads=frozenset(found.heads),
            names=frozenset(found.names), persons=frozenset(found.names & self.persons), prompt=prompt,
            size=sum(len(content(p)) for p in parts),
            numeric=any(w[:1].isdigit() and not _YEAR.match(w) for w in figures) and bool(_CARDINAL.search(pieces[-1])),
            dated=any(_YEAR.match(w) or w in TIME_WORDS for w in figures),
            reason=bool(card and re.search(r"\bwhy\b", card.prompt, re.IGNORECASE))
            or any(w in REASON_WORDS for w in words),
            listing=text.count(";") >= 1 or text.count(",") >= 2 or "→" in text,
        )

    def _part_keys(self, parts: list[Prepared]) -> _PartKeys:
        """Keys, names and heads of the prepared parts of a passage (and counts their words)."""
        keys: set[str] = set()
        names: set[str] = set()
        heads: set[str] = set()
        figures: list[str] = []
        for part in parts:
            found = self.find_names(part.words)
            in_names = {i for start, end, _ in found for i in range(start, end)}
            for i in content(part):
                keys |= all_keys(part.words[i], part.stems[i])
            for start, _end, seq in found:
                key = name_key(seq)
                names.add(key)
                keys.add(key)
                keys |= self._name_groups.get(" ".join(seq), set())
                if start > 0 and part.words[start - 1] in ROLE_WORDS:
                    heads.add(key)  # "President Lukashenko"
            heads |= _heads(part, {end - 1: name_key(seq) for _, end, seq in found})
            figures = [w for i, w in enumerate(part.words) if i not in in_names]
            self.vocab.update(part.words)
        return _PartKeys(keys, names, heads, figures)

    def _prompt_keys(self, card: Card, parts: list[Prepared]) -> tuple[frozenset[str], ...]:
        """The strong keys of each content word of a card's prompt (question words left out)."""
        first = parts[0] if len(parts) == 2 else Prepared.of(card.prompt, self.aliases)
        return tuple(frozenset(word_keys(first.words[i], first.stems[i])[0]) for i in content(first)
                     if first.words[i] not in QUESTION_WORDS)

    def _title_keys(self, text: str, keys: set[str]) -> set[str]:
        """Keys found only inside quoted titles of works ("A Diplomatic Breakthrough for ...")."""
        found: set[str] = set()
        for quoted in _QUOTED.finditer(text):
            span = quoted.group(1).split()
            if len(span) >= 3 and sum(w[:1].isupper() for w in span) * 2 > len(span):  # a title, not a quote
                p = Prepared.of(quoted.group(1), self.aliases)
                for i in content(p):
                    found |= word_keys(p.words[i], p.stems[i])[0]
        if not found:
            return found
        outside = Prepared.of(_QUOTED.sub(" ", text), self.aliases)
        plain = {k for i in content(outside) for k in word_keys(outside.words[i], outside.stems[i])[0]}
        return found - plain - {k for k in keys if k.startswith(NAME_KEY)}


def _idf(total: int, having: int) -> float:
    """Inverse document frequency of a key that `having` of `total` passages have (smoothed)."""
    return math.log((total + 1) / (having + 0.5))


def _tag_keys(card: Card) -> set[str]:
    """Strong keys of the words of a card's tags."""
    keys: set[str] = set()
    for tag in card.tags:
        for w in WORD.findall(normalise(tag)):
            keys |= word_keys(w, stem(w))[0]
    return keys
