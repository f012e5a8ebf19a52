"""Writing what the program produces (reports, exports, the trust root): atomically and
owner-only, so a full disk or a crash never leaves half a file, and nothing is left behind
when making it failed."""

from __future__ import annotations

from pathlib import Path

from shelter_desk.store.atomic import atomic_write_bytes


def save_output(path: Path, data: bytes) -> Path:
    target = Path(path).expanduser().absolute()
    atomic_write_bytes(target, data)
    return target
