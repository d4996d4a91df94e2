"""progress.db: the learner's reviews and card states. With `search.py`, the only
code that runs SQL.

- `database.py`: `Store`: open/create/migrate, learners, card states, reviews, sessions;
- `progress.py`: the read-only queries behind progress figures and exports;
- `packs.py`: which pack files were studied with the database;
- `queue.py`: a study session's queues (learning, reviews, new) and what is left;
- `cards.py`: the card browser's queries (states, one card's history, reset);
- `base.py`: the connection, its lock and transactions;
- `checks.py`: a file examined read-only (schema, pages) before studybot uses it;
- `migrations.py`: the schema;
- `files.py`: what a file is before it is opened; backups found;
- `backups.py`: a backup put in place (restore).
"""

from .backups import restore
from .database import Store
from .files import StoreConflict, StoreError, StoreLocked, newest_backup, restore_hint
from .migrations import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store", "StoreConflict", "StoreError", "StoreLocked", "newest_backup", "restore",
           "restore_hint"]
