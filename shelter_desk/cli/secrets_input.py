"""Reading passwords: from a hidden prompt, or line by line from standard input with
--password-stdin (for scripts). Never from an argument, which other users can see in `ps`."""

from __future__ import annotations

import getpass
import os
import sys
from typing import TextIO

from shelter_desk.cli.i18n import tr_
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.store.errors import StoreError


def _no_terminal() -> bool:
    """No terminal to ask on: standard input is not one, and there is no /dev/tty either."""
    if os.name != "posix" or sys.stdin is None or sys.stdin.isatty():
        return False
    try:
        os.close(os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY))
    except OSError:
        return True
    return False


class SecretReader:
    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def _line(self, what: str) -> str:
        line = self._stdin.readline()
        if not line:
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "Expected {what} on standard input (one per line)."), what=what)
        return line.rstrip("\r\n")

    def ask(self, prompt: str) -> str:
        """One secret (the acting user's password, a recovery code)."""
        if self.from_stdin:
            return self._line(prompt.rstrip(": ").lower())
        return self._prompt(prompt)

    def _prompt(self, prompt: str) -> str:
        if _no_terminal():
            # A script without a terminal: read the line getpass would read, without its
            # "may be echoed" warnings.
            line = self._stdin.readline()
            if not line:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "errors", "Nothing was typed for \u201c{what}\u201d (no terminal, and "
                    "standard input ended)."), what=prompt.strip().rstrip(":").strip())
            return line.rstrip("\r\n")
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str) -> str:
        """A new password: typed twice at a prompt, once on standard input."""
        if self.from_stdin:
            return self._line(prompt.rstrip(": ").lower())
        first = self._prompt(prompt)
        second = self._prompt(tr_("cli", "Repeat it: "))
        if first != second:
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "The two passwords differ; nothing was changed."))
        return first
