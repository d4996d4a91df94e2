"""Flashcards exported by other programs, read as plain notes.

Three shapes are read:

- Anki's "Notes in Plain Text" export (.txt): header lines such as `#separator:tab`,
  `#html:true`, `#guid column:1`, `#notetype column:2`, `#deck column:3`,
  `#tags column:6`, then one note a row (fields quoted like CSV when they hold the
  separator, a quote or a line break); without headers, tab-separated fields;
- Quizlet's export: a term, a separator (tab by default) and a definition, a row a
  line (`term_sep` and `row_sep` for Quizlet's custom separators);
- CSV with a header row naming `term` and `definition` (or front/back,
  question/answer, prompt/answer) and optionally `deck` (or section, set), `tags`
  and `explanation`; without a header, term, definition and tags.

Every note keeps the line it starts on. HTML fields are turned into text (line
breaks kept, tags dropped, entities decoded, sound and image references removed).
"""

from __future__ import annotations

import csv
import html
import io
import re
from typing import Final, Literal, NamedTuple

from ..text import clean

__all__ = ["NOTE_FORMATS", "Note", "NoteFormat", "NotesFile", "html_to_text", "read_notes"]

NoteFormat = Literal["anki", "quizlet", "csv"]
"""The exports `read_notes` understands."""
NOTE_FORMATS: Final[tuple[NoteFormat, ...]] = ("anki", "quizlet", "csv")


class Note(NamedTuple):
    """One flashcard as exported: its fields in order, note type, deck and tags."""

    line: int
    fields: tuple[str, ...]
    notetype: str = ""
    deck: str = ""
    tags: tuple[str, ...] = ()
    guid: str = ""
    explanation: str = ""


class NotesFile(NamedTuple):
    """Every note of a file, and what was left out (line, why)."""

    notes: tuple[Note, ...]
    skipped: tuple[tuple[int, str], ...]


_SEPARATORS: Final = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}
_BREAK_TAGS: Final = re.compile(r"<\s*(br|/div|/p|/li|/tr|hr)\b[^>]*>", re.IGNORECASE)
_TAGS: Final = re.compile(r"<[^>]*>")
_MEDIA: Final = re.compile(r"\[sound:[^\]]*\]")
_HEADER: Final = re.compile(r"^#([a-z ]+):(.*)$")


def html_to_text(field: str) -> str:
    """An HTML field as text: line breaks for <br>, </div>, </p>; other tags and media
    references dropped; entities decoded; spaces tidied, line by line."""
    text = _MEDIA.sub("", _BREAK_TAGS.sub("\n", field))
    text = html.unescape(_TAGS.sub("", text)).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _detect(text: str, suffix: str) -> NoteFormat:
    if text.startswith("#separator:") or text.startswith("#html:") or re.match(r"#\w+ column:", text):
        return "anki"
    return "csv" if suffix.lower() == ".csv" else "quizlet" if "\t" in text.split("\n", 1)[0] else "anki"


def read_notes(text: str, fmt: NoteFormat | None = None, *, suffix: str = "", term_sep: str = "\t",
               row_sep: str = "\n") -> NotesFile:
    """The notes of an export (`fmt` None: guessed from the text and the file suffix)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    chosen = fmt or _detect(text, suffix)
    if chosen == "anki":
        found = _anki(text)
    elif chosen == "quizlet":
        found = _quizlet(text, term_sep, row_sep)
    else:
        found = _csv(text)
    return found._replace(notes=tuple(_cleaned(note) for note in found.notes))


def _cleaned(note: Note) -> Note:
    """A note with escape sequences, control and bidi characters removed from its text."""
    return note._replace(fields=tuple(clean(f).strip() for f in note.fields), deck=clean(note.deck, multiline=False),
                         tags=tuple(clean(t, multiline=False) for t in note.tags), explanation=clean(note.explanation))


def _anki(text: str) -> NotesFile:
    headers: dict[str, str] = {}
    lines = text.split("\n")
    start = 0
    while start < len(lines) and (found := _HEADER.match(lines[start])):
        headers[found.group(1).strip().lower()] = found.group(2).strip()
        start += 1
    raw_sep = headers.get("separator", "tab")
    sep = _SEPARATORS.get(raw_sep.lower(), raw_sep[:1] or "\t")
    as_html = headers.get("html", "false").lower() == "true"
    column = {name: int(headers[f"{name} column"]) - 1 for name in ("guid", "notetype", "deck", "tags")
              if headers.get(f"{name} column", "").isdigit()}
    if "tags" not in column and "columns" in headers:  # "#columns:Front	Back	Tags" names them
        names = [n.strip().lower() for n in headers["columns"].split(sep)]
        column.update({n: i for i, n in enumerate(names) if n in ("tags", "deck", "notetype", "guid")})
    notes, skipped = [], []
    for line, row in _rows("\n".join(lines[start:]), sep, start + 1):
        if not any(cell.strip() for cell in row):
            continue
        special = {name: row[i] if i < len(row) else "" for name, i in column.items()}
        fields = tuple(html_to_text(c) if as_html else c.strip() for i, c in enumerate(row)
                       if i not in column.values())
        if not fields or not fields[0]:
            skipped.append((line, "the first field is empty"))
            continue
        tags = tuple(special.get("tags", "").split())
        notes.append(Note(line, fields, special.get("notetype", ""), special.get("deck", ""), tags,
                          special.get("guid", "")))
    return NotesFile(tuple(notes), tuple(skipped))


def _rows(text: str, sep: str, first_line: int) -> list[tuple[int, list[str]]]:
    """CSV rows (quotes as Anki and spreadsheets write them), each with its first line."""
    reader = csv.reader(io.StringIO(text), delimiter=sep, quotechar='"', strict=False)
    out = []
    line = first_line
    for row in reader:
        out.append((line, row))
        line = first_line + reader.line_num
    return out


def _quizlet(text: str, term_sep: str, row_sep: str) -> NotesFile:
    notes, skipped = [], []
    offset = 0
    for chunk in text.split(row_sep):
        line = text.count("\n", 0, offset) + 1
        offset += len(chunk) + len(row_sep)
        if not chunk.strip():
            continue
        term, found, definition = chunk.partition(term_sep)
        if not found or not term.strip() or not definition.strip():
            skipped.append((line, f"no {'definition' if term.strip() else 'term'} (term and definition are "
                                  f"separated by {term_sep!r})"))
            continue
        notes.append(Note(line, (term.strip(), definition.strip())))
    return NotesFile(tuple(notes), tuple(skipped))


_TERM: Final = ("term", "front", "question", "prompt", "word")
_DEFINITION: Final = ("definition", "back", "answer", "meaning")
_DECK: Final = ("deck", "section", "set", "topic")


def _csv(text: str) -> NotesFile:
    # a spreadsheet where the comma is the decimal mark (a Russian or German Excel) saves "CSV" with semicolons
    first = text.split("\n", 1)[0]
    rows = _rows(text, next((sep for sep in (";", "\t") if sep in first and "," not in first), ","), 1)
    if not rows:
        return NotesFile((), ())
    header = [cell.strip().casefold() for cell in rows[0][1]]
    named = any(h in _TERM for h in header) and any(h in _DEFINITION for h in header)
    at = {"term": 0, "definition": 1, "tags": 2}
    if named:
        at = {}
        for role, names in (("term", _TERM), ("definition", _DEFINITION), ("deck", _DECK),
                            ("tags", ("tags", "tag")), ("explanation", ("explanation", "notes", "extra"))):
            index = next((i for i, h in enumerate(header) if h in names), None)
            if index is not None:
                at[role] = index
        rows = rows[1:]
    notes, skipped = [], []
    for line, row in rows:
        cell = {role: row[i].strip() if i < len(row) else "" for role, i in at.items()}
        if not any(cell.values()):
            continue
        if not cell["term"] or not cell["definition"]:
            skipped.append((line, "a row needs a term and a definition"))
            continue
        notes.append(Note(line, (cell["term"], cell["definition"]), deck=cell.get("deck", ""),
                          tags=tuple(cell.get("tags", "").split()), explanation=cell.get("explanation", "")))
    return NotesFile(tuple(notes), tuple(skipped))
