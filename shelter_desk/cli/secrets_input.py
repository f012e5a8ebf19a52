"""Reading passwords: from a hidden prompt, or line by line from standard input with
--password-stdin (for scripts). Never from an argument, which other users can see in `ps`."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from shelter_desk.cli.i18n import tr_
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.store.errors import StoreError


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
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str) -> str:
        """A new password: typed twice at a prompt, once on standard input."""
        if self.from_stdin:
            return self._line(prompt.rstrip(": ").lower())
        first = getpass.getpass(prompt)
        second = getpass.getpass(tr_("cli", "Repeat it: "))
        if first != second:
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "The two passwords differ; nothing was changed."))
        return first
