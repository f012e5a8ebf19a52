"""The store and the services on a 5,000-client synthetic caseload."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from bench.harness import Result, compare, median_seconds
from shelter_desk.services import clients, deadlines, demo, setup
from shelter_desk.store.keyslots import DEFAULT_KDF, KdfParams
from shelter_desk.store.sqlcipher import connect

PASSWORD = "benchmark passphrase 2026"
CHEAP = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
CLIENTS = 5000


def run() -> list[Result]:
    out: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="shelter-bench-") as tmp:
        data = Path(tmp) / "data"

        # Demo generation vs raw SQLCipher executemany of the same number of rows.
        gen_seconds = median_seconds(
            lambda: demo.create_demo(Path(tempfile.mkdtemp(dir=tmp)) / "d", clients=CLIENTS,
                                     password=PASSWORD, kdf=CHEAP), repeat=1)
        ws = setup.login(*_make(data), kdf=CHEAP)
        with ws.store.connection() as conn:
            rows = sum(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() or 0
                       for (t,) in conn.exec_driver_sql(
                           "SELECT name FROM sqlite_master WHERE type='table'"))
        raw = median_seconds(lambda: _raw_inserts(Path(tmp) / "raw.db", rows), repeat=1)
        out.append(Result(f"demo --clients {CLIENTS} ({rows:,} rows)", gen_seconds,
                          f"raw SQLCipher executemany of {rows:,} rows", raw,
                          "issue 3 asks for under a minute"))

        # Reads through the services vs the raw rows through the same encrypted connection.
        def raw_select() -> None:
            with ws.store.connection() as conn:
                conn.exec_driver_sql("SELECT * FROM clients").all()

        out.append(compare("client list, director (5,000 rows, phase, next deadline)",
                           lambda: clients.list_clients(ws), "raw SELECT * FROM clients",
                           raw_select))
        out.append(compare("accent-insensitive search 'stanescu'",
                           lambda: clients.list_clients(ws, search="stanescu"),
                           "raw SELECT * FROM clients", raw_select))
        out.append(compare("deadlines needing attention (whole caseload, 14 days)",
                           lambda: deadlines.upcoming(ws), "raw SELECT * FROM clients",
                           raw_select))
        ws.close()

        # Login: Argon2id + integrity check of the whole file + schema check, vs Argon2id alone.
        def argon() -> None:
            hash_secret_raw(PASSWORD.encode(), b"s" * 16, DEFAULT_KDF.time_cost,
                            DEFAULT_KDF.memory_cost, DEFAULT_KDF.parallelism, 32, Type.ID)

        real = Path(tmp) / "real"
        demo.create_demo(real, clients=300, password=PASSWORD)
        out.append(compare("log in (default Argon2id, integrity check, 300-client file)",
                           lambda: setup.login(real, "director", PASSWORD).close(),
                           "one Argon2id derivation (64 MiB, t=3, p=4)", argon, repeat=3))
    return out


def _make(data: Path) -> tuple[Path, str, str]:
    demo.create_demo(data, clients=CLIENTS, password=PASSWORD, kdf=CHEAP)
    return data, "director", PASSWORD


def _raw_inserts(path: Path, rows: int) -> None:
    conn = connect(path, bytes(random.getrandbits(8) or 1 for _ in range(32)), create=True)
    conn.execute("CREATE TABLE t (a INTEGER, b TEXT, c TEXT, d INTEGER)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)",
                     ((i, "x" * 40, "2026-01-01", i % 7) for i in range(rows)))
    conn.execute("COMMIT")
    conn.close()
