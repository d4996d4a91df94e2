"""Which packs a progress database was used with: written when a session opens a pack,
read by `studybot report` to find the pack the learners studied."""

from __future__ import annotations

from ..records import PackRecord
from .base import Connection

__all__ = ["PackQueries"]


class PackQueries(Connection):
    """The `packs` table: one row a pack id, the latest path and fingerprint."""

    def remember_pack(self, record: PackRecord) -> None:
        """Record (or update) the pack a session opened."""
        with self.write() as conn:
            conn.execute("INSERT INTO packs (pack_id, path, fingerprint, title, seen) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (pack_id) DO UPDATE SET path=excluded.path, fingerprint=excluded.fingerprint, "
                         "title=excluded.title, seen=excluded.seen", tuple(record))

    def studied_packs(self) -> list[PackRecord]:
        """Every pack recorded, most recently opened first."""
        with self.read() as conn:
            return [PackRecord(*r) for r in conn.execute(
                "SELECT pack_id, path, fingerprint, title, seen FROM packs ORDER BY seen DESC, pack_id")]

    def pack_ids(self) -> list[str]:
        """The ids of the packs with card states here (also from before packs were recorded)."""
        with self.read() as conn:
            return [r[0] for r in conn.execute("SELECT DISTINCT pack_id FROM cards ORDER BY pack_id")]
