"""The tutor's full-text index: SQLite FTS5 in a private in-memory connection,
bm25 ranking. With the store, the only module that runs SQL. It never touches the
progress database. Callers hand in documents as prepared token strings and get back
plain `Hit(doc_id, score)` results, best first (the negated bm25 value: higher is
better). The connection allows use from another thread; a lock serialises access.
An index can be saved to a file with what its caller needs beside it, and loaded
again (`save`, `load`): the tutor keeps a large pack's index on disk.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Self

__all__ = ["MAX_TERMS", "Hit", "SearchIndex"]

_TERM = re.compile(r"[^\W_]+")  # letters and digits of any script
_COLUMN = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
MAX_TERMS = 64
_ROWS_AT_ONCE = 500  # ids per query (SQLite limits the parameters of one statement)


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

    def __init__(self, fields: Sequence[str] = ("body",), weights: Sequence[float] | None = None, *,
                 empty: bool = False):
        """`empty`: no table yet (`load` copies one in)."""
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
        if not empty:
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
        """Documents matching any of `terms` (plain tokens of any script), best bm25 first.

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

    def save(self, path: str | Path, payload: Mapping[str, str], rows: Iterable[tuple[int, str]] = ()) -> None:
        """Write the index, `payload` (named texts the caller needs beside it) and `rows`
        (a text per document id, read back one by one with `rows`) to a SQLite file: to a
        temporary file first, renamed into place, so a reader never sees half of it."""
        target = Path(path)
        temp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}")
        temp.unlink(missing_ok=True)
        meta = {"fields": list(self.fields), "weights": list(self._weights), "count": self._count}
        with self._lock:
            dest = sqlite3.connect(temp)
            try:
                self._conn.backup(dest)
                dest.execute("CREATE TABLE payload(name TEXT PRIMARY KEY, body TEXT NOT NULL)")
                dest.executemany("INSERT INTO payload VALUES (?, ?)",
                                 [("__index__", json.dumps(meta)), *payload.items()])
                dest.execute("CREATE TABLE rows(id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
                dest.executemany("INSERT INTO rows VALUES (?, ?)", rows)
                dest.commit()
            finally:
                dest.close()
        os.replace(temp, target)

    @classmethod
    def load(cls, path: str | Path) -> tuple[SearchIndex, dict[str, str]] | None:
        """An index written by `save`, in memory again, with its payload; None when the file
        is missing, damaged or not one of ours (the caller builds the index afresh)."""
        try:
            source = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        except (sqlite3.Error, OSError):
            return None
        try:
            payload = dict(source.execute("SELECT name, body FROM payload").fetchall())
            meta = json.loads(payload.pop("__index__"))
            index = cls(meta["fields"], meta["weights"], empty=True)
            source.backup(index._conn)
            index._conn.execute("DROP TABLE payload")
            index._conn.execute("SELECT count(*) FROM rows").fetchone()
            index._count = int(meta["count"])
        except (sqlite3.Error, KeyError, ValueError, TypeError):
            return None
        finally:
            source.close()
        return index, payload

    def rows(self, ids: Iterable[int]) -> dict[int, str]:
        """The saved texts of these document ids (of an index that `load` read; {} otherwise)."""
        wanted = sorted({int(i) for i in ids})
        found: dict[int, str] = {}
        for start in range(0, len(wanted), _ROWS_AT_ONCE):
            chunk = wanted[start:start + _ROWS_AT_ONCE]
            marks = ", ".join("?" * len(chunk))
            with self._lock:
                try:
                    got = self._conn.execute(f"SELECT id, body FROM rows WHERE id IN ({marks})", chunk).fetchall()
                except sqlite3.OperationalError:  # an index built here, not loaded: it has no rows
                    return {}
            found.update((int(i), str(body)) for i, body in got)
        return found

    def close(self) -> None:
        """Release the in-memory database."""
        with self._lock:
            self._closer()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
