"""Files studybot writes or reads outside SQLite, done so that nothing is lost:

- outputs (exports, backups, restored databases, new databases) are written to a
  temporary file beside the target and moved into place with a rename: a reader
  never sees half a file, and an existing file (above all a database) is never
  replaced unless the caller forces it;
- temporary files left by a process that was killed are removed the next time;
- text named by a pack (its `source.text`) is read only from the pack's folder, only
  from a regular file, and only up to a size limit: never from a FIFO (which would
  hang) or a device such as /dev/zero (which would exhaust memory).

Every failure is an `OutputError` or `UnreadableFile` with a one-line message.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["OutputError", "UnreadableFile", "atomic_output", "check_target", "is_sqlite_file", "place_file",
           "read_text_within", "remove_stale_temps", "temp_beside"]

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


class OutputError(Exception):
    """An output file cannot or must not be written; the message is one line."""


class UnreadableFile(Exception):
    """A file a pack names cannot be read; the message says why, in a few words."""


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(target: Path, *, force: bool = False, protect: Iterable[Path] = ()) -> None:
    """Refuse to write `target` when it cannot or must not be written: its folder is
    missing, it is a folder or a device, it is (beside) a file in `protect` (the
    database being read), or it exists and `force` was not given."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist; create it first or choose another place")
    if target.is_dir():
        raise OutputError(f"{target} is a folder; give a file name")
    for kept in protect:
        kept = Path(kept)
        if any(_same_file(target, Path(f"{kept}{side}")) for side in ("", *SIDE_FILES)):
            raise OutputError(f"{target} is the progress database being read; it was not overwritten. "
                              "Choose another file")
    if target.exists() or target.is_symlink():
        if not force:
            what = "is a SQLite database" if is_sqlite_file(target) else "exists"
            raise OutputError(f"{target} {what}; it was not overwritten. Choose another name, "
                              "or add --force to replace it")
        if not target.is_file() and not target.is_symlink():
            raise OutputError(f"{target} is not a regular file; it was not overwritten")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write in {folder}: permission denied")


def temp_beside(target: Path, tag: str = "part") -> Path:
    """A fresh temporary name in the target's folder: `.name.<pid>.<random>.<tag>`
    (the pid lets a later run tell whether its writer is still alive)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.{tag}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its files alone
    return True


def remove_stale_temps(target: Path, tag: str = "part") -> int:
    """Remove the temporary files (and their -wal, -shm, -journal) that processes
    since ended (killed mid-write) left beside `target`. Returns how many."""
    target = Path(target)
    removed = 0
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return 0
    for name in names:
        if not name.startswith(prefix) or not name.endswith(f".{tag}"):
            continue
        pid = name[len(prefix):].split(".", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        for leftover in (name, *(name + side for side in SIDE_FILES)):
            with contextlib.suppress(OSError):
                (target.parent / leftover).unlink()
                removed += leftover == name
    return removed


def _fsync(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder
    finally:
        os.close(fd)


def place_file(temp: Path, target: Path, *, force: bool = False) -> None:
    """Move a finished temporary file into place, durably. Without `force` an
    existing target is never replaced (a hard link fails if the name exists), so two
    writers racing for one name cannot overwrite each other."""
    _fsync(temp)
    if force:
        os.replace(temp, target)
    else:
        try:
            os.link(temp, target)
        except FileExistsError:
            raise OutputError(f"{target} exists; it was not overwritten. Choose another name, "
                              "or add --force to replace it") from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
                raise
            if target.exists():  # a file system without hard links: check, then rename
                raise OutputError(f"{target} exists; it was not overwritten") from None
            os.rename(temp, target)
        else:
            temp.unlink()
    _fsync(target.parent, directory=True)


@contextlib.contextmanager
def atomic_output(target: Path, *, force: bool = False, protect: Iterable[Path] = ()) -> Iterator[Path]:
    """Write `target` through a temporary file: yields the temporary path to write;
    when the block ends without an error the file is synced and moved into place.
    On any failure the target is as it was and the temporary file is gone.
    Raises OutputError (refused, or the file system failed: a full disk, say)."""
    target = Path(target)
    check_target(target, force=force, protect=protect)
    remove_stale_temps(target)
    temp = temp_beside(target)
    try:
        yield temp
        place_file(temp, target, force=force)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        for leftover in (temp, *(Path(f"{temp}{side}") for side in SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def read_text_within(folder: Path, name: str, limit: int) -> str:
    """The UTF-8 text of the file `name`, relative to `folder`: refused (UnreadableFile)
    when it lies outside `folder` (an absolute path, `..`, a link leading out), is
    not a regular file (a FIFO, a device, a folder), is larger than `limit` bytes,
    or is not UTF-8."""
    base = Path(folder).resolve()
    path = (base / name).resolve()
    if path != base and base not in path.parents:
        raise UnreadableFile("it is outside the pack's folder; put it beside the pack")
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # before opening: opening a device can act
            raise UnreadableFile("it is not a regular file")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise UnreadableFile("no such file") from None
    except OSError as exc:
        raise UnreadableFile(exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("it is not a regular file")
        if info.st_size > limit:
            raise UnreadableFile(f"it is {info.st_size:,} bytes; at most {limit:,} are read")
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise UnreadableFile(exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UnreadableFile(f"it is over {limit:,} bytes; at most {limit:,} are read")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("it is not UTF-8 text") from None
