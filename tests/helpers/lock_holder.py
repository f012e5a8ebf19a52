"""Run as a subprocess: hold the data folder's lock as `operation` until standard input closes,
like a long backup in another program. Prints "held" once it has the lock."""

from __future__ import annotations

import sys
from pathlib import Path

from shelter_desk.store.lock import data_folder_lock


def main() -> None:
    with data_folder_lock(Path(sys.argv[1]), sys.argv[2]):
        print("held", flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
