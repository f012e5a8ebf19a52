"""`shelter-desk` / `python -m shelter_desk`: the desktop app, or a headless subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from shelter_desk.cli.main import build_parser, run_command
from shelter_desk.hardening import harden_process
from shelter_desk.paths import default_data_dir


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args = build_parser().parse_args(argv)
    if args.self_test:
        from shelter_desk.selftest import run_self_test  # loaded only for the flag

        return run_self_test()
    if args.command is None:
        from shelter_desk.app import run_app  # Qt is loaded only for the desktop app

        data_dir = getattr(args, "data_dir", None)
        return run_app(Path(data_dir) if data_dir else default_data_dir())
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
