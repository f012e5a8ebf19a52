"""Process-wide protections applied before any data is opened (security.md promise 10)."""

from __future__ import annotations

import contextlib
import os


def harden_process() -> None:
    # Core dumps would write decrypted pages and keys to disk.
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # Files we create are ours alone, whatever the session's umask.
    os.umask(0o077)
