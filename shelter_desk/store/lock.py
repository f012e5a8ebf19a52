"""The data folder's lock: one slot-file change, rekey, migration, restore or backup at a time.

An exclusive OS lock (filelock: flock on POSIX, LockFileEx on Windows) on `shelter.lock` in the
data folder. The OS drops it when its holder dies, so a crash never leaves the folder locked.
The holder writes what it is doing and since when to `shelter.lock.holder` (a separate file:
Windows would not let a waiter read a locked byte range), so a program that waited in vain can
say who holds it: "another program is using the database (backup, since 22:14)".

The lock is re-entrant inside one process (a user removal takes it, then the rekey inside takes
it again), and threads of one process queue for it like programs do.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.store.atomic import OWNER_ONLY, atomic_write_bytes
from shelter_desk.store.errors import DatabaseBusy
from shelter_desk.store.faults import translate_os_error

LOCK_NAME = "shelter.lock"
HOLDER_NAME = "shelter.lock.holder"
WAIT_ENV = "SHELTER_DESK_LOCK_WAIT"
DEFAULT_WAIT_SECONDS = 30.0

# What a holder may be doing (context "operations"): shown to whoever waits for it.
OPERATIONS = {
    "backup": QT_TRANSLATE_NOOP("operations", "backup"),
    "restore": QT_TRANSLATE_NOOP("operations", "restore"),
    "rekey": QT_TRANSLATE_NOOP("operations", "re-encryption"),
    "migration": QT_TRANSLATE_NOOP("operations", "database upgrade"),
    "users": QT_TRANSLATE_NOOP("operations", "user accounts change"),
    "password": QT_TRANSLATE_NOOP("operations", "password change"),
    "recovery-code": QT_TRANSLATE_NOOP("operations", "new recovery code"),
    "create": QT_TRANSLATE_NOOP("operations", "creating the database"),
}


def wait_seconds() -> float:
    """How long a program waits for the lock: $SHELTER_DESK_LOCK_WAIT seconds, else 30."""
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, DEFAULT_WAIT_SECONDS)))
    except ValueError:
        return DEFAULT_WAIT_SECONDS


@dataclass(frozen=True)
class Holder:
    operation: str
    since: datetime  # UTC
    pid: int


def read_holder(folder: Path) -> Holder | None:
    try:
        doc = json.loads((folder / HOLDER_NAME).read_text("utf-8"))
        return Holder(str(doc["operation"]), datetime.fromisoformat(doc["since"]),
                      int(doc["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class _ProcessLock:
    """One per data folder per process: a thread lock, a depth count and the OS lock."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.threads = threading.RLock()
        self.depth = 0
        self.os_lock = FileLock(str(folder / LOCK_NAME), mode=OWNER_ONLY, thread_local=False)


_LOCKS: dict[Path, _ProcessLock] = {}
_LOCKS_GUARD = threading.Lock()


def _process_lock(folder: Path) -> _ProcessLock:
    key = folder.resolve()
    with _LOCKS_GUARD:
        lock = _LOCKS.get(key)
        if lock is None:
            lock = _LOCKS[key] = _ProcessLock(key)
        return lock


def _busy(folder: Path) -> DatabaseBusy:
    holder = read_holder(folder)
    if holder is None:
        return DatabaseBusy()
    return DatabaseBusy(operation=holder.operation, since=holder.since)


@contextlib.contextmanager
def data_folder_lock(folder: Path, operation: str, wait: float | None = None) -> Iterator[None]:
    """Hold the data folder's lock for `operation` (a key of OPERATIONS). Waits up to `wait`
    seconds (default: wait_seconds()), then raises DatabaseBusy naming the holder."""
    lock = _process_lock(Path(folder))
    timeout = wait_seconds() if wait is None else wait
    if not lock.threads.acquire(timeout=timeout):
        raise _busy(lock.folder)
    try:
        if lock.depth == 0:
            try:
                lock.os_lock.acquire(timeout=timeout, poll_interval=0.1)
            except Timeout:
                raise _busy(lock.folder) from None
            except OSError as exc:
                raise translate_os_error(exc, lock.folder) from exc
            try:
                _write_holder(lock.folder, operation)
            except BaseException:
                lock.os_lock.release()
                raise
        lock.depth += 1
        try:
            yield
        finally:
            lock.depth -= 1
            if lock.depth == 0:
                with contextlib.suppress(OSError):
                    (lock.folder / HOLDER_NAME).unlink()
                lock.os_lock.release()
    finally:
        lock.threads.release()


def _write_holder(folder: Path, operation: str) -> None:
    doc = {"operation": operation, "since": datetime.now(UTC).isoformat(timespec="seconds"),
           "pid": os.getpid()}
    try:
        atomic_write_bytes(folder / HOLDER_NAME, json.dumps(doc).encode("utf-8"))
    except OSError as exc:
        raise translate_os_error(exc, folder) from exc


def held_here(folder: Path) -> bool:
    """True when this process holds the folder's lock (for assertions in the store)."""
    return _process_lock(Path(folder)).depth > 0
