"""What went wrong with the server, in words that are true: a wrong password, an unreachable
server, a certificate that is not the shelter's, or a refusal by the server's own rules."""

from __future__ import annotations

from typing import Any

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.store.errors import DatabaseBusy, StoreError, WrongCredentials


class ServerUnreachable(StoreError):
    def __init__(self, host: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The shelter's server {host} cannot be reached. Check the network "
            "cable or ask the shelter's IT; nothing was changed."), host=host)


class ServerNotTrusted(StoreError):
    def __init__(self, host: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The server {host} did not prove it is the shelter's server (its "
            "certificate does not match the shelter's CA or its name). Nothing was sent."),
            host=host)


class WorkstationNotAllowed(StoreError):
    """The server's pg_hba.conf turned this workstation (or database) away before any
    password was asked: the IT's setting, not a wrong password."""

    def __init__(self, host: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The shelter's server {host} does not accept connections from this "
            "workstation to this database; the shelter's IT allows it (pg_hba.conf, see "
            "docs/server.md). Nothing was changed."), host=host)


class ServerRefused(StoreError):
    """The server's own rules (privileges, row-level security) refused a change."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The server refused this change: your account may not make it. "
            "Nothing was changed."))


class ServerNotEmpty(StoreError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The server already holds a shelter's records: a database moves in only "
            "onto a server just set up with 'shelter-desk server init'. Nothing was changed."))


def _text(exc: BaseException) -> str:
    return str(exc).lower()


def translate_connect_error(exc: BaseException, host: str) -> StoreError | None:
    """A failed connection said as what it is. Any refusal of the login is the generic
    WrongCredentials: an unknown name, a wrong password and an expired code look the same."""
    message = _text(exc)
    if "password authentication failed" in message or "no password supplied" in message \
            or ("does not exist" in message and "role" in message):
        return WrongCredentials()
    if "pg_hba.conf" in message:  # "no pg_hba.conf entry", "pg_hba.conf rejects connection"
        return WorkstationNotAllowed(host)
    if "certificate" in message or "ssl error" in message or "tls" in message:
        return ServerNotTrusted(host)
    if any(word in message for word in ("connection refused", "timeout", "timed out",
                                        "could not translate host", "no route", "unreachable",
                                        "name or service not known", "server closed")):
        return ServerUnreachable(host)
    return None


def sqlstate(exc: BaseException) -> str | None:
    state: Any = getattr(exc, "sqlstate", None)
    return state if isinstance(state, str) else None


def translate_statement_error(exc: BaseException) -> StoreError | None:
    state = sqlstate(exc)
    if state in ("42501",):  # insufficient_privilege, row-level security
        return ServerRefused()
    if state == "55000":  # object_not_in_prerequisite_state: sd_begin_import's refusal
        return ServerNotEmpty()
    if state in ("55P03", "40P01", "57014"):  # lock_not_available, deadlock, statement timeout
        return DatabaseBusy()
    return None
