"""Hearing other workstations' changes: LISTEN on a connection of our own, in a thread, and
hand each notification's payload (JSON: who, which record kinds, which clients) to a callback.
The payload carries ids and table names only, never a name or a note.

A desk stays open all day; the server may restart or the network drop meanwhile. The listener
then connects again (waiting longer each time, up to a minute) and, since notices sent while it
was away are lost, first hands on {"resync": true}: everything on screen may be stale."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

POLL_SECONDS = 1.0
RETRY_SECONDS = (1.0, 60.0)  # the first wait after a lost connection, and the longest
RESYNC: dict[str, Any] = {"resync": True}


class ChangeListener(threading.Thread):
    def __init__(self, engine: Engine, channel: str,
                 on_change: Callable[[dict[str, Any]], None]) -> None:
        super().__init__(name="shelter-desk-listen", daemon=True)
        self._engine = engine
        self._channel = channel
        self._on_change = on_change
        self._stopping = threading.Event()
        self.ready = threading.Event()
        self.connections = 0  # how many times it has (re)connected

    def run(self) -> None:
        wait = RETRY_SECONDS[0]
        while not self._stopping.is_set():
            before = self.connections
            try:
                self._listen()
                return
            except Exception:  # the server or the network went away: try again
                self.ready.set()
            if self.connections > before:
                wait = RETRY_SECONDS[0]  # it was listening, then lost the connection
            if self._stopping.wait(wait):
                return
            wait = min(wait * 2, RETRY_SECONDS[1])

    def _listen(self) -> None:
        raw = self._engine.raw_connection()
        conn: Any = None
        try:
            conn = raw.driver_connection
            raw.detach()  # a connection of its own: never handed back to the pool
            conn.autocommit = True
            conn.execute(f'LISTEN "{self._channel}"')
            self.connections += 1
            if self.connections > 1:
                self._on_change(dict(RESYNC))
            self.ready.set()
            while not self._stopping.is_set():
                for note in conn.notifies(timeout=POLL_SECONDS, stop_after=64):
                    with contextlib.suppress(ValueError):
                        payload = json.loads(note.payload)
                        if isinstance(payload, dict):
                            self._on_change(payload)
        finally:
            if conn is not None:  # detached from the pool: ours to close
                with contextlib.suppress(Exception):
                    conn.close()

    def stop(self) -> None:
        self._stopping.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout=POLL_SECONDS * 3)
