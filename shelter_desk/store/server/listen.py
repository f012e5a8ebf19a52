"""Hearing other workstations' changes: LISTEN on a connection of our own, in a thread, and
hand each notification's payload (JSON: who, which record kinds, which clients) to a callback.
The payload carries ids and table names only, never a name or a note."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

POLL_SECONDS = 1.0


class ChangeListener(threading.Thread):
    def __init__(self, engine: Engine, channel: str,
                 on_change: Callable[[dict[str, Any]], None]) -> None:
        super().__init__(name="shelter-desk-listen", daemon=True)
        self._engine = engine
        self._channel = channel
        self._on_change = on_change
        self._stopping = threading.Event()
        self.ready = threading.Event()

    def run(self) -> None:
        raw = self._engine.raw_connection()
        conn: Any = None
        try:
            conn = raw.driver_connection
            raw.detach()  # a connection of its own: never handed back to the pool
            conn.autocommit = True
            conn.execute(f'LISTEN "{self._channel}"')
            self.ready.set()
            while not self._stopping.is_set():
                for note in conn.notifies(timeout=POLL_SECONDS, stop_after=64):
                    with contextlib.suppress(ValueError):
                        payload = json.loads(note.payload)
                        if isinstance(payload, dict):
                            self._on_change(payload)
        except Exception:
            self.ready.set()
        finally:
            if conn is not None:  # detached from the pool: ours to close
                with contextlib.suppress(Exception):
                    conn.close()

    def stop(self) -> None:
        self._stopping.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout=POLL_SECONDS * 3)
