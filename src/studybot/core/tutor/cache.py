"""The tutor's library kept on disk, so that a large pack opens as fast as a small one.

Building a library prepares every sentence of a pack (seconds for thousands of
sections). `open_library` looks for a file named by the hash of what the library is
made of (the pack's content, its language, synonyms and source text) and of the code
that makes it (this package and the language modules it reads); it loads that file
when it is there and readable, else builds the library and writes the file. The file
is the FTS5 index with the passages and statistics beside it (`search.SearchIndex.save`).

The folder is `$STUDYBOT_CACHE_DIR/tutor`, or `~/.cache/studybot/tutor` (`XDG_CACHE_HOME`
is honoured); an empty `STUDYBOT_CACHE_DIR` turns the cache off. A file that cannot be
read is rebuilt; a folder that cannot be written only means no cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any, overload

from ..packs import Pack
from ..search import SearchIndex
from .agents import Agents
from .documents import Doc, Library, Traits
from .names import NameBook
from .words import Words

__all__ = ["cache_file", "open_library"]

FORMAT = 4  # of the file's contents


def open_library(pack: Pack, words: Words, use_cache: bool = True) -> Library:
    """The pack's library: loaded from the cache when it holds it, else built (and saved)."""
    target = cache_file(pack, words) if use_cache else None
    if target is not None:
        loaded = SearchIndex.load(target)
        if loaded is not None:
            library = _restore(pack, words, *loaded)
            if library is not None:
                return library
    library = Library(pack, words)
    if target is not None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            library.index.save(target, _state(library), _rows(library))
        except OSError:
            pass  # a read-only home: the tutor works without the cache
    return library


def cache_file(pack: Pack, words: Words) -> Path | None:
    """Where the cache keeps this pack's library (None: the cache is off)."""
    folder = os.environ.get("STUDYBOT_CACHE_DIR")
    if folder == "":
        return None
    base = Path(folder) if folder else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "studybot"
    content = pickle.dumps((FORMAT, _code_key(), pack.id, pack.title, pack.sections, pack.cards, pack.source,
                            sorted(pack.aliases.items()), words.code, words.synonyms, pack.source_text()), protocol=5)
    return base / "tutor" / f"{hashlib.sha256(content).hexdigest()[:40]}.sqlite"  # hashed, never unpickled


def key_files(root: Path) -> list[Path]:
    """What a library may depend on below `root` (`core`): every module but the store's, and the language tables
    (`core/data/*.tsv`: WordNet's relatives and senses; an edited table builds another library as edited code does).
    A list of the modules read would go stale as modules are added."""
    return [file for file in sorted(root.rglob("*")) if file.suffix in (".py", ".tsv")
            and "store" not in file.relative_to(root).parts and file.is_file()]


@cache
def _code_key() -> str:
    """A hash of `key_files`: another version of them builds another library."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for file in key_files(root):
        digest.update(str(file.relative_to(root)).encode() + file.read_bytes())
    return digest.hexdigest()[:16]


# ------------------------------------------------------------------ to and from the file


def _state(library: Library) -> dict[str, str]:
    """What a library is beside its index, as named JSON texts."""
    names = library.names
    return {
        "stats": json.dumps({
            "df": library.df, "vocab": library.vocab, "size": library.size,
            "section_keys": {k: sorted(v) for k, v in library.section_keys.items()},
            "topic_stems": sorted(library.topic_stems),
            "related": {k: sorted(v) for k, v in library.related.items()},
            "role_people": {k: sorted(v) for k, v in library.role_people.items()},
            "kinds": {k: [list(i) for i in v] for k, v in library.kinds.items()},
            "cards": list(library.card_keys),  # the card rows follow the passages' rows, in this order
            "names": {"stems": sorted(names.stems), "persons": sorted(names.persons),
                      "sequences": sorted(names.sequences), "forms": {k: sorted(v) for k, v in names.forms.items()}},
        }, ensure_ascii=False),
    }


def _rows(library: Library) -> Iterator[tuple[int, str]]:
    """A row for each passage (by id), then one for each card (its keys and its prompt's)."""
    for d in library.docs:
        yield d.id, json.dumps(_doc_row(d), ensure_ascii=False)
    for k, card_id in enumerate(library.card_keys):
        prompt = [sorted(keys) for keys in library.prompts.get(card_id, ())]
        yield library.size + k, json.dumps([sorted(library.card_keys[card_id]), prompt], ensure_ascii=False)


def _doc_row(d: Doc) -> list[Any]:
    t = d.traits
    return [d.id, d.kind, d.text, d.section_id, d.order, d.paragraph, sorted(d.keys), sorted(d.heads), sorted(d.names),
            sorted(d.persons), sorted(d.roles), d.size,
            [t.numeric, sorted(t.kinds), *(getattr(t, f.name) for f in fields(Traits)[2:])],  # every flag
            sorted(d.hints), list(d.cards), sorted(d.people), sorted(d.agents.pairs), sorted(d.named)]


def _restore(pack: Pack, words: Words, index: SearchIndex, payload: dict[str, str]) -> Library | None:
    """A library from its saved state (None when the state is not what this code writes)."""
    try:
        stats = json.loads(payload["stats"])
        library = Library.__new__(Library)
        library.pack, library.words, library.index = pack, words, index
        library.sections = {s.id: s for s in pack.sections}
        names = stats["names"]
        library.names = NameBook(set(names["stems"]), set(names["persons"]), {tuple(s) for s in names["sequences"]},
                                 {k: set(v) for k, v in names["forms"].items()})
        words.set_names(frozenset(library.names.stems))
        library.df, library.vocab, library.size = Counter(stats["df"]), Counter(stats["vocab"]), int(stats["size"])
        library.docs = StoredDocs(index, library.size)
        library.section_keys = {k: frozenset(v) for k, v in stats["section_keys"].items()}
        library.topic_stems = frozenset(stats["topic_stems"])
        library.related = {k: frozenset(v) for k, v in stats["related"].items()}
        library.role_people = {k: frozenset(v) for k, v in stats["role_people"].items()}
        library.kinds = {k: tuple(tuple(i) for i in v) for k, v in stats["kinds"].items()}
        cards = StoredCards(index, {card_id: library.size + k for k, card_id in enumerate(stats["cards"])})
        library.card_keys, library.prompts = cards.keys_of, cards.prompts
    except (KeyError, ValueError, TypeError, IndexError):
        index.close()
        return None
    return library


class StoredDocs(Sequence[Doc]):
    """The passages of a library loaded from the cache, read from its file as they are
    needed (a question looks at a few dozen of thousands)."""

    def __init__(self, index: SearchIndex, size: int):
        self._index = index
        self._size = size
        self._docs: dict[int, Doc] = {}

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, i: int) -> Doc: ...

    @overload
    def __getitem__(self, i: slice) -> list[Doc]: ...

    def __getitem__(self, i: int | slice) -> Doc | list[Doc]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._size))]
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError(i)
        doc = self._docs.get(i)
        if doc is None:
            self.fetch([i])
            doc = self._docs[i]
        return doc

    def __iter__(self) -> Iterator[Doc]:
        self.fetch(range(self._size))
        return (self._docs[i] for i in range(self._size))

    def fetch(self, ids: Iterable[int]) -> None:
        """Read these passages from the file (at once: a question's candidates)."""
        missing = [i for i in ids if i not in self._docs]
        for doc_id, body in self._index.rows(missing).items():
            self._docs[doc_id] = _doc(json.loads(body))
        if any(i not in self._docs for i in missing):
            raise LookupError(f"the tutor's cache file lacks passages {missing[:5]}")


class StoredCards:
    """The keys of the cards of a library loaded from the cache, read from its file as
    they are needed: `keys_of` (a card's texts) and `prompts` (its prompt's words)."""

    def __init__(self, index: SearchIndex, rows: dict[str, int]):
        self._index = index
        self._rows = rows
        self._read: dict[str, tuple[frozenset[str], tuple[frozenset[str], ...]]] = {}
        self.keys_of = _CardMapping(self, 0)
        self.prompts = _CardMapping(self, 1)

    def get(self, card_id: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
        found = self._read.get(card_id)
        if found is None:
            row = self._index.rows([self._rows[card_id]]).get(self._rows[card_id])
            if row is None:
                raise LookupError(f"the tutor's cache file lacks card {card_id!r}")
            keys, prompt = json.loads(row)
            found = frozenset(keys), tuple(frozenset(k) for k in prompt)
            self._read[card_id] = found
        return found

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class _CardMapping(Mapping[str, Any]):
    """One side of `StoredCards` as a read-only mapping by card id."""

    def __init__(self, cards: StoredCards, part: int):
        self._cards = cards
        self._part = part

    def __getitem__(self, card_id: str) -> Any:
        if card_id not in self._cards:
            raise KeyError(card_id)
        return self._cards.get(card_id)[self._part]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cards)

    def __len__(self) -> int:
        return len(self._cards)


def _doc(row: list[Any]) -> Doc:
    (doc_id, kind, text, section_id, order, paragraph, keys, heads, names, persons, roles, size, traits, hints,
     cards, people, agents, named) = row
    numeric, kinds, *flags = traits
    return Doc(doc_id, kind, text, section_id, order, paragraph, frozenset(keys), frozenset(heads), frozenset(names),
               frozenset(persons), frozenset(roles), size, Traits(numeric, frozenset(kinds), *flags), frozenset(hints),
               tuple(cards), frozenset(people),
               Agents(frozenset((key, name) for key, name in agents)), frozenset(named))
