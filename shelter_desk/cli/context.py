"""What every subcommand shares: the data folder, who is acting, and how to log them in."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from shelter_desk.cli.i18n import tr_
from shelter_desk.cli.secrets_input import SecretReader
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.paths import default_data_dir
from shelter_desk.services import setup
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.errors import StoreError


@dataclass
class CliContext:
    data_dir: Path
    user: str | None
    recovery: bool
    secrets: SecretReader
    out: TextIO
    _login_secret: str | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CliContext:
        data_dir = getattr(args, "data_dir", None)
        return cls(
            data_dir=Path(data_dir) if data_dir else default_data_dir(),
            user=getattr(args, "user", None),
            recovery=bool(getattr(args, "recovery", False)),
            secrets=SecretReader(bool(getattr(args, "password_stdin", False))),
            out=sys.stdout,
        )

    def say(self, text: str = "") -> None:
        """Data as it is (case codes, names, codes): never translated or formatted."""
        print(text, file=self.out)

    def tell(self, template: str, **params: object) -> None:
        """A sentence marked with QT_TRANSLATE_NOOP("cli", ...), in the user's language."""
        print(fill(tr_("cli", template), **params), file=self.out)

    def login(self) -> Workspace:
        """Log in as --user (password) or with --recovery (recovery code)."""
        if self.recovery:
            code = self.secrets.ask(tr_("cli", "Recovery code: "))
            return setup.login_with_recovery(self.data_dir, code)
        if not self.user:
            raise StoreError(QT_TRANSLATE_NOOP(
                "errors", "Say who you are with --user NAME (or use --recovery)."))
        password = self.secrets.ask(fill(tr_("cli", QT_TRANSLATE_NOOP(
            "cli", "Password for {user}: ")), user=self.user))
        ws = setup.login(self.data_dir, self.user, password)
        self._login_secret = password
        return ws

    def take_login_secret(self) -> str:
        """The password the user just logged in with (for a password change), then forgotten."""
        secret, self._login_secret = self._login_secret, None
        if secret is None:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "Log in with a password first."))
        return secret
