"""Integrity checks, backups and restores, as the command line and the UI use them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.users import Role, User
from shelter_desk.services import audit, seals, signing
from shelter_desk.services.errors import PermissionDenied, ServiceError
from shelter_desk.services.guard import ADMIN, ANY_STAFF, require
from shelter_desk.services.workspace import Workspace
from shelter_desk.store import backup as backups
from shelter_desk.store.database import OpenedAs
from shelter_desk.store.server import config as server_config


@dataclass(frozen=True)
class CheckResult:
    database_problems: tuple[str, ...]
    audit: audit.ChainReport
    schema_revision: str | None
    seals: seals.SealReport

    @property
    def ok(self) -> bool:
        return not self.database_problems and self.audit.ok and self.seals.ok


def check(ws: Workspace, expected: audit.Anchor | None = None,
          trust_pem: bytes | None = None) -> CheckResult:
    """The database's page-by-page integrity check, the audit chain (against an anchor from a
    report or export, when given) and every seal over it (against `trust_pem`, the shelter's
    trust root from outside, when given; else the signing identity's)."""
    require(ws, ANY_STAFF, audit.Action.CHECK,
            QT_TRANSLATE_NOOP("permissions", "run the integrity check"))
    if trust_pem is not None:
        signing.require_certificates("trust_root", trust_pem)
    problems = tuple(ws.store.integrity_problems())
    with ws.session() as session:
        chain = audit.verify(session, expected)
        sealed = seals.verify(session, trust_pem)
    result = CheckResult(problems, chain, ws.store.schema_revision(), sealed)
    audit.record_alone(ws, audit.Action.CHECK, outcome="ok" if result.ok else "failed")
    return result


def make_backup(ws: Workspace, out: Path) -> backups.BackupInfo:
    require(ws, ADMIN, audit.Action.BACKUP, QT_TRANSLATE_NOOP("permissions", "make backups"))
    with ws.store.locked("backup"):
        # Audited first, so the backup itself holds the record of its making.
        audit.record_alone(ws, audit.Action.BACKUP, target=Path(out).name)
        return backups.write_backup(ws.store, Path(out))


def _may_restore(session: Session, opened_as: OpenedAs) -> None:
    """Only an administrator of the backup (or its recovery code) may restore it."""
    if opened_as.kind == "recovery":
        return
    user = session.scalars(select(User).where(User.username == opened_as.slot)).one_or_none()
    if user is None or not user.active or Role.ADMINISTRATOR not in {r.role for r in user.roles}:
        raise PermissionDenied(QT_TRANSLATE_NOOP("permissions", "restore backups"))


def restore(
    data_dir: Path, backup_file: Path, *, username: str | None, secret: str
) -> Path | None:
    """Replace the installation with a backup; returns where the previous database was kept.

    Authorised against the backup's own users, since the live database may be damaged or gone.
    The restore is recorded in the restored database's audit trail at the next login."""
    if server_config.is_server(Path(data_dir)):
        raise ServiceError(QT_TRANSLATE_NOOP(
            "errors", "This workstation works on the shelter's server: a backup goes back onto "
            "a newly set-up server with 'shelter-desk server import --from-backup FILE'."))
    return backups.restore_backup(
        Path(data_dir), Path(backup_file), username=username, secret=secret,
        authorise=_may_restore,
    )


def record_restore(ws: Workspace, backup_file: Path) -> None:
    audit.record_alone(ws, audit.Action.RESTORE, target=Path(backup_file).name)
