"""What went wrong with the disk, in words that are true.

A read-only folder, a full disk and a busy database are not damage: telling staff "the database
is damaged, restore the latest backup" for them would send them to restore over good data. The
store turns OS errors (errno) and SQLite's result codes into DataFolderReadOnly, DiskFull and
DatabaseBusy here, once, so no front end has to guess from a message.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from shelter_desk.store.errors import DatabaseBusy, DataFolderReadOnly, DiskFull, StoreError

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}

# SQLite primary result codes (sqlite3.h)
SQLITE_ERROR = 1
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def translate_os_error(exc: OSError, folder: Path) -> BaseException:
    """The store's error for `exc`, or `exc` itself when it is none of ours."""
    if exc.errno in _READ_ONLY:
        return DataFolderReadOnly(folder)
    if exc.errno in _FULL:
        return DiskFull(folder)
    return exc


# sqlite3ErrStr()'s words, for errors passed on as a plain SQLITE_ERROR (sqlcipher_export does).
_CODE_OF_MESSAGE = {
    "database or disk is full": SQLITE_FULL,
    "attempt to write a readonly database": SQLITE_READONLY,
    "database is locked": SQLITE_BUSY,
    "unable to open database file": SQLITE_CANTOPEN,
    "disk I/O error": SQLITE_IOERR,
}


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a DB-API error (also when SQLAlchemy wrapped it)."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = int(code) & 0xFF
    if primary == SQLITE_ERROR:
        return _CODE_OF_MESSAGE.get(str(inner).strip(), primary)
    return primary


def translate_sqlite_error(exc: BaseException, folder: Path) -> StoreError | None:
    """The store's error for a failed SQLite call, or None when it is none of these."""
    code = sqlite_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusy()
    if code == SQLITE_FULL:
        return DiskFull(folder)
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return DataFolderReadOnly(folder)
    if code in (SQLITE_ERROR, SQLITE_CANTOPEN, SQLITE_IOERR):
        # SQLite says "unable to open" or "I/O error" (and sqlcipher_export just "error")
        # whatever the cause; the folder tells.
        return _probe_folder(folder)
    return None


def _probe_folder(folder: Path) -> StoreError | None:
    """Try to create and write a small file in `folder`: what the OS says is the truth."""
    probe = folder / ".shelter-write-probe"
    try:
        with probe.open("wb") as fh:
            fh.write(b"\0" * 4096)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        found = translate_os_error(exc, folder)
        return found if isinstance(found, StoreError) else None
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


@contextlib.contextmanager
def truthful(folder: Path) -> Iterator[None]:
    """Let OS and SQLite errors about the disk out as the store's own errors."""
    try:
        yield
    except StoreError:
        raise
    except OSError as exc:
        found = translate_os_error(exc, folder)
        if found is exc:
            raise
        raise found from exc
    except Exception as exc:
        store_error = translate_sqlite_error(exc, folder)
        if store_error is None:
            raise
        raise store_error from exc
