"""Run as a subprocess with SQLITE_TMPDIR set: a large sort, while a progress handler lists the
files this process has open in that folder (SQLite unlinks temp files at once, so only open
descriptors show them). Prints the count. argv: database, hex key, 'store' or 'file'."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from shelter_desk.store.sqlcipher import connect, key_pragma_value

SORT = """
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 200000)
SELECT hex(randomblob(48)) AS x FROM c ORDER BY x
"""


def main() -> None:
    path, key, mode = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3]
    tmpdir = os.environ["SQLITE_TMPDIR"]
    if mode == "store":
        conn = connect(path, key)
    else:  # the control: what the store must never do
        conn = sqlcipher.connect(str(path))
        conn.execute(f"PRAGMA key = {key_pragma_value(key)}")
        conn.execute("PRAGMA temp_store = FILE")
    conn.execute("PRAGMA cache_size = 16")  # force a spill if spilling to disk is possible
    seen: set[str] = set()

    def look() -> int:
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith(tmpdir):
                seen.add(target)
        return 0

    conn.set_progress_handler(look, 20000)
    rows = conn.execute(SORT).fetchall()
    temp_store = conn.execute("PRAGMA temp_store").fetchone()[0]
    print(len(rows), temp_store, len(seen))


if __name__ == "__main__":
    main()
