"""The tutor's full-text index: SQLite FTS5 in a private in-memory connection,
bm25 ranking. With the store, the only module that runs SQL. It never touches the
progress database. Callers hand in documents as prepared token strings and get back
plain `Hit(doc_id, score)` results, best first (the negated bm25 value: higher is
better). The connection allows use from another thread; a lock serialises access.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Self

__all__ = ["MAX_TERMS", "Hit", "SearchIndex"]

_TERM = re.compile(r"[a-z0-9]+")
_COLUMN = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
MAX_TERMS = 64


@dataclass(frozen=True)
class Hit:
    """One search result: the caller's document id and its bm25 relevance (higher is better)."""

    doc_id: int
    score: float


class SearchIndex:
    """A bm25-ranked FTS5 table over documents with one or more text fields.

    >>> index = SearchIndex(("body",))
    >>> index.build([(1, ("export fell",)), (2, ("import rose",))])
    >>> [h.doc_id for h in index.search(["fell"])]
    [1]
    """

    def __init__(self, fields: Sequence[str] = ("body",), weights: Sequence[float] | None = None):
        fields = tuple(fields)
        if not fields or not all(_COLUMN.match(f) for f in fields):
            raise ValueError(f"field names must be short lowercase identifiers: {fields!r}")
        if weights is not None and len(weights) != len(fields):
            raise ValueError("give one bm25 weight per field")
        self.fields = fields
        self._weights = tuple(float(w) for w in (weights or [1.0] * len(fields)))
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(":memory:", check_same_thread=False)
        # an index dropped without close() (a tutor nobody closed) still closes its connection:
        # Python 3.13 warns (ResourceWarning) about every connection left to the garbage collector
        self._closer = weakref.finalize(self, self._conn.close)
        columns = ", ".join(fields)
        self._conn.execute(
            f"CREATE VIRTUAL TABLE docs USING fts5({columns}, tokenize='unicode61 remove_diacritics 2')"
        )
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def build(self, docs: Iterable[tuple[int, Sequence[str]]]) -> None:
        """Add documents `(doc_id, (field text, ...))` in one `executemany`."""
        width = len(self.fields)
        rows = []
        for doc_id, texts in docs:
            texts = tuple(texts)
            if len(texts) != width:
                raise ValueError(f"document {doc_id} has {len(texts)} fields, expected {width}")
            rows.append((int(doc_id), *texts))
        marks = ", ".join("?" * (width + 1))
        with self._lock, self._conn:
            self._conn.executemany(f"INSERT INTO docs(rowid, {', '.join(self.fields)}) VALUES ({marks})", rows)
        self._count += len(rows)

    def search(self, terms: Iterable[str], limit: int = 50) -> list[Hit]:
        """Documents matching any of `terms` (plain lowercase tokens), best bm25 first.

        Terms are quoted, so no FTS5 query syntax can be injected; characters other than
        letters and digits split a term into a phrase. Empty or unusable input gives [].
        """
        phrases: list[str] = []
        seen: set[str] = set()
        for term in terms:
            tokens = _TERM.findall(str(term).casefold())
            if not tokens:
                continue
            phrase = '"' + " ".join(tokens) + '"'
            if phrase not in seen:
                seen.add(phrase)
                phrases.append(phrase)
            if len(phrases) >= MAX_TERMS:
                break
        if not phrases or limit <= 0:
            return []
        weights = ", ".join(repr(w) for w in self._weights)
        sql = f"SELECT rowid, bm25(docs, {weights}) AS rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"
        with self._lock:
            rows = self._conn.execute(sql, (" OR ".join(phrases), int(limit))).fetchall()
        return [Hit(int(rowid), -float(rank)) for rowid, rank in rows]

    def close(self) -> None:
        """Release the in-memory database."""
        with self._lock:
            self._closer()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
