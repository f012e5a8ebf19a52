"""Run as a subprocess: commit audit entries in a loop, printing each one's position after its
commit returned. The parent kills it with SIGKILL at a moment of its choosing."""

from __future__ import annotations

import sys
from pathlib import Path

from shelter_desk.services import audit, setup
from tests.conftest import CHEAP_KDF, DIRECTOR, DIRECTOR_PASSWORD


def main() -> None:
    ws = setup.login(Path(sys.argv[1]), DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF)
    while True:
        with ws.session() as session:
            entry = audit.record(session, ws.actor, "test.write", reason="x" * 200)
            seq = entry.seq
        print(seq, flush=True)  # acknowledged: the commit has returned


if __name__ == "__main__":
    main()
