"""Moving packs to and from other flashcard programs.

- `anki`: a pack as an Anki deck (.apkg, through genanki);
- `notes`: Anki's "Notes in Plain Text" export, Quizlet's export and CSV read as notes;
- `importer`: notes made into a pack that validates (written by `packs.writer`).
"""

from .anki import AnkiDeck, apkg_bytes, note_guid
from .importer import Imported, ImportOptions, notes_to_pack, slug
from .notes import NOTE_FORMATS, Note, NoteFormat, NotesFile, html_to_text, read_notes

__all__ = ["NOTE_FORMATS", "AnkiDeck", "ImportOptions", "Imported", "Note", "NoteFormat", "NotesFile", "apkg_bytes",
           "html_to_text", "note_guid", "notes_to_pack", "read_notes", "slug"]
