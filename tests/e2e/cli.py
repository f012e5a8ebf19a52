"""Running `shelter-desk` as a user would, passwords on standard input: `run_here` in this
process (the default), `run` as a real subprocess where a process of its own is the point."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

from tests.conftest import CHEAP_KDF

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(data_dir: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> Result:
    proc = subprocess.run(
        [sys.executable, "-m", "shelter_desk", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return Result(proc.returncode, proc.stdout, proc.stderr)


def recovery_code_from(init_output: str) -> str:
    lines = [ln.strip() for ln in init_output.splitlines()]
    return lines[lines.index("RECOVERY CODE (shown only this once):") + 2]


def _open_files_under(folder: Path) -> list[str]:
    """Files under `folder` this process has open (Linux: /proc/self/fd; elsewhere none known)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return []
    inside = str(folder.resolve())
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed between listing and reading
            continue
        if target == inside or target.startswith(inside + os.sep):
            found.append(target)
    return sorted(found)


@contextlib.contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _cheaply(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("kdf", CHEAP_KDF)
        return func(*args, **kwargs)
    return wrapper


@contextlib.contextmanager
def _cheap_key_derivation() -> Iterator[None]:
    """The command line logs in and makes key slots with the services' default Argon2 costs
    (64 MiB, 3 passes); in here a local database uses the tests' floor, as the fixtures' do. The
    slots record their own costs, so a later `run` of the real program opens them all the same."""
    from shelter_desk import demo
    from shelter_desk.services import setup
    from shelter_desk.store import keyslots

    with contextlib.ExitStack() as stack:
        # Not server_setup: `server init` makes its costs the server logins' (login_kdf in
        # server.json), and `server connect` on a second workstation assumes the default.
        for module, names in ((setup, ("initialise", "login", "login_with_recovery")),
                              (demo, ("create_demo",))):
            for name in names:
                stack.enter_context(mock.patch.object(module, name,
                                                      _cheaply(getattr(module, name))))
        # The decoy derivation for an unknown user name reads the module's default.
        stack.enter_context(mock.patch.object(keyslots, "DEFAULT_KDF", CHEAP_KDF))
        yield


def run_here(data_dir: Path, *args: str, stdin: str = "",
             env: dict[str, str] | None = None) -> Result:
    """The same command as `run`, in this process: what a user sees on stdout and stderr, the
    exit status, passwords read from standard input (not a terminal, as in `run`), `env` set
    for the call only; with the tests' cheap key derivation, and without a new interpreter
    (about 2 s of imports) per call. It also checks the command closed the database: a process
    would let go of it on exit, this one must not keep it. Tests where a separate process is
    the point (races, signals, full disks, the installed program) use `run`."""
    from shelter_desk.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    open_before = _open_files_under(data_dir) if data_dir.exists() else []
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with (_environment(env or {}), _cheap_key_derivation(),
              contextlib.redirect_stdout(out), contextlib.redirect_stderr(err)):
            try:
                code = main(["--data-dir", str(data_dir), *args])
            except SystemExit as exc:  # argparse: usage errors and --help
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = old_stdin
    assert "Traceback" not in err.getvalue(), err.getvalue()
    left_open = [f for f in _open_files_under(data_dir) if f not in open_before]
    assert not left_open, f"still open after {args[:2]}: {left_open}"
    return Result(code, out.getvalue(), err.getvalue())
