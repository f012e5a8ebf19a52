"""`shelter-desk` / `python -m shelter_desk`: the desktop app, or a headless subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from shelter_desk.hardening import harden_process
from shelter_desk.paths import default_data_dir


def _desktop_only(argv: Sequence[str]) -> Path | bool | None:
    """For `shelter-desk` and `shelter-desk --data-dir DIR` (how the desktop is started), the
    data folder (None: the default); False for anything else, which the command line parses.
    The command line loads every command's libraries: the login window must not wait for them."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > 11:
        return Path(argv[0][11:])
    return False


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    given = list(sys.argv[1:] if argv is None else argv)
    desktop = _desktop_only(given)
    if desktop is not False:
        from shelter_desk.app import run_app

        return run_app(desktop if isinstance(desktop, Path) else default_data_dir())
    from shelter_desk.cli.main import build_parser, run_command

    args = build_parser().parse_args(given)
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
