"""Putting a backup in place of the progress database (`studybot restore`).

The backup is checked first (a healthy studybot database this studybot can read);
it is copied beside the target through a temporary file; the old file is kept aside
under a name of its own (to the microsecond, and never one that exists: a second
restore never overwrites the first's), then the copy is moved into place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from ..clock import utcnow
from ..safeio import SIDE_FILES, OutputError, place_file, remove_stale_temps, temp_beside
from .checks import connect_readonly, examine
from .files import StoreError, explain, inspect_file

__all__ = ["restore"]


def _keep_aside(target: Path) -> Path:
    """Move `target` (with its -wal) to a new name beside it; never onto an existing file."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    for n in range(1000):
        kept = target.with_name(f"{target.name}.{stamp}{f'-{n}' if n else ''}.replaced")
        try:
            os.link(target, kept)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS) or kept.exists():
                raise
            os.rename(target, kept)  # no hard links here: the name was checked free just above
        else:
            target.unlink()
        wal = Path(f"{target}-wal")
        if wal.exists():
            os.replace(wal, Path(f"{kept}-wal"))
        with contextlib.suppress(FileNotFoundError):
            Path(f"{target}-shm").unlink()
        return kept
    raise StoreError(f"cannot find a free name to keep {target} aside")


def _check_backup(backup: Path) -> sqlite3.Connection:
    """A read-only connection to a backup that can be restored; raises StoreError."""
    if not backup.is_file():
        raise StoreError(f"{backup}: no such backup file")
    inspect_file(backup)
    source = connect_readonly(backup)
    try:
        found = examine(source, backup)
        if not found.tables:
            raise StoreError(f"{backup} is an empty database, not a studybot backup")
        ok = source.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if ok != "ok":
            raise StoreError(f"{backup} is not a healthy studybot backup ({str(ok).splitlines()[0][:120]})")
    except sqlite3.DatabaseError as exc:
        source.close()
        raise StoreError(explain(backup, exc)) from None
    except BaseException:
        source.close()
        raise
    return source


def restore(backup: str | Path, target: str | Path) -> Path | None:
    """Put a backup in place of `target`. The backup is checked first (healthy, a
    studybot database, not from a newer studybot); an existing target is kept beside
    it under a new name, never overwritten. Returns where the old file went, if
    there was one. Raises StoreError."""
    backup, target = Path(backup), Path(target)
    if not target.parent.is_dir():
        raise StoreError(f"cannot restore to {target}: the folder {target.parent} does not exist")
    if backup.is_file() and target.exists() and os.path.samefile(backup, target):
        raise StoreError(f"{backup} is the progress database itself; name a backup of it")
    source = _check_backup(backup)
    remove_stale_temps(target, "restoring")
    temp = temp_beside(target, "restoring")
    try:
        dest = sqlite3.connect(str(temp))
        try:
            source.backup(dest)
        finally:
            dest.close()
        kept = _keep_aside(target) if target.exists() else None
        place_file(temp, target)
    except sqlite3.DatabaseError as exc:
        raise StoreError(explain(backup, exc)) from None
    except (OSError, OutputError) as exc:
        raise StoreError(f"cannot restore to {target}: {getattr(exc, 'strerror', None) or exc}") from None
    finally:
        source.close()
        for leftover in (temp, *(Path(f"{temp}{side}") for side in SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return kept
