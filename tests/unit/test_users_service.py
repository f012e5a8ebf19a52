"""Accounts and roles: enforced in the services, every denial audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from shelter_desk.domain.roles import Role
from shelter_desk.models.audit import AuditEntry
from shelter_desk.services import audit, maintenance, setup, users
from shelter_desk.services.errors import PermissionDenied, ServiceError, ValidationError
from shelter_desk.services.workspace import Workspace
from shelter_desk.store.errors import AlreadyInitialised, WrongCredentials
from tests.conftest import CHEAP_KDF, DIRECTOR, DIRECTOR_PASSWORD

COUNSELLOR = ("counsellor1", "river stone 8812 blue")


def _add_counsellor(ws: Workspace) -> None:
    users.add_user(ws, COUNSELLOR[0], "Counsellor One", [Role.COUNSELLOR], COUNSELLOR[1])


def _audit_rows(ws: Workspace, action: str) -> list[tuple[str, str | None, str | None]]:
    with ws.session() as session:
        return [
            tuple(r)
            for r in session.execute(  # through the model: the reason is sealed on a server
                select(AuditEntry.actor, AuditEntry.target, AuditEntry.reason)
                .where(AuditEntry.action == action).order_by(AuditEntry.seq))
        ]


def test_first_account_is_director_and_administrator(director_ws: Workspace) -> None:
    assert director_ws.actor.roles == frozenset({Role.DIRECTOR, Role.ADMINISTRATOR})
    listed = users.list_users(director_ws)
    assert [(u.username, u.roles, u.has_key) for u in listed] == [
        (DIRECTOR, (Role.DIRECTOR, Role.ADMINISTRATOR), True)
    ]


def test_init_refuses_an_existing_installation(data_dir: Path) -> None:
    with pytest.raises(AlreadyInitialised):
        setup.initialise(
            data_dir,
            shelter="Sürya",
            username="other",
            display_name=None,
            password="granite orchard 3141",
            kdf=CHEAP_KDF,
        )


def test_add_then_log_in_as_the_new_user(director_ws: Workspace, data_dir: Path) -> None:
    _add_counsellor(director_ws)
    ws = setup.login(data_dir, COUNSELLOR[0].upper(), COUNSELLOR[1], kdf=CHEAP_KDF)
    try:
        assert ws.actor.roles == frozenset({Role.COUNSELLOR})
        assert ws.actor.display_name == "Counsellor One"
    finally:
        ws.close()
    assert _audit_rows(director_ws, audit.Action.USER_ADD) == [
        (DIRECTOR, COUNSELLOR[0], "counsellor")
    ]


def test_a_counsellor_cannot_manage_accounts_or_backups_and_is_audited(
    director_ws: Workspace, data_dir: Path, tmp_path: Path
) -> None:
    _add_counsellor(director_ws)
    ws = setup.login(data_dir, *COUNSELLOR, kdf=CHEAP_KDF)
    try:
        with pytest.raises(PermissionDenied):
            users.add_user(ws, "sneaky", "Sneaky", [Role.ADMINISTRATOR], "rainfall tunnel 1234")
        with pytest.raises(PermissionDenied):
            users.remove_user(ws, DIRECTOR)
        with pytest.raises(PermissionDenied):
            users.list_users(ws)
        with pytest.raises(PermissionDenied):
            maintenance.make_backup(ws, tmp_path / "b.sdbackup")
        with pytest.raises(PermissionDenied):
            users.renew_recovery_code(ws)
    finally:
        ws.close()
    assert not (tmp_path / "b.sdbackup").exists()
    denied = _audit_rows(director_ws, audit.Action.DENIED)
    assert [d[0] for d in denied] == [COUNSELLOR[0]] * 5
    assert [d[2] for d in denied] == [
        audit.Action.USER_ADD,
        audit.Action.USER_REMOVE,
        "user.list",
        audit.Action.BACKUP,
        audit.Action.RECOVERY_CODE_NEW,
    ]
    assert setup.login(data_dir, DIRECTOR, DIRECTOR_PASSWORD, kdf=CHEAP_KDF).actor.has(
        Role.DIRECTOR
    )


def test_validation_names_the_field_and_writes_nothing(director_ws: Workspace) -> None:
    before = users.list_users(director_ws, include_removed=True)
    cases = [
        (("Bad Name!", "X", [Role.COUNSELLOR], "a long enough pw 1"), "username"),
        (("okname", "", [Role.COUNSELLOR], "a long enough pw 1"), "display_name"),
        (("okname", "Ok", [], "a long enough pw 1"), "roles"),
        (("okname", "Ok", ["janitor"], "a long enough pw 1"), "roles"),
        (("okname", "Ok", [Role.COUNSELLOR], "short"), "password"),
        (("okname", "Ok\x00", [Role.COUNSELLOR], "a long enough pw 1"), "display_name"),
        ((DIRECTOR, "Again", [Role.COUNSELLOR], "a long enough pw 1"), "username"),
    ]
    for args, field in cases:
        with pytest.raises(ValidationError) as exc:
            users.add_user(director_ws, *args)
        assert exc.value.field == field
    assert users.list_users(director_ws, include_removed=True) == before
    assert director_ws.store.slots.user_names() == [DIRECTOR]


def test_the_last_administrator_and_oneself_cannot_be_removed(director_ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="own account"):
        users.remove_user(director_ws, DIRECTOR)
    users.add_user(director_ws, "admin", "Admin", [Role.ADMINISTRATOR], "quartz meadow 5521")
    users.remove_user(director_ws, "admin")
    assert [u.username for u in users.list_users(director_ws)] == [DIRECTOR]
    removed = users.list_users(director_ws, include_removed=True)
    assert [(u.username, u.active, u.has_key) for u in removed] == [
        ("admin", False, False),
        (DIRECTOR, True, True),
    ]
    with pytest.raises(ValidationError, match="taken"):
        users.add_user(director_ws, "admin", "Admin", [Role.ADMINISTRATOR], "quartz meadow 5521")


def test_reset_and_change_password(director_ws: Workspace, data_dir: Path) -> None:
    _add_counsellor(director_ws)
    users.reset_password(director_ws, COUNSELLOR[0], "fresh start passphrase")
    with pytest.raises(WrongCredentials):
        setup.login(data_dir, *COUNSELLOR, kdf=CHEAP_KDF)
    ws = setup.login(data_dir, COUNSELLOR[0], "fresh start passphrase", kdf=CHEAP_KDF)
    with pytest.raises(WrongCredentials):
        users.change_own_password(ws, "not my password", "my own new passphrase")
    users.change_own_password(ws, "fresh start passphrase", "my own new passphrase")
    ws.close()
    setup.login(data_dir, COUNSELLOR[0], "my own new passphrase", kdf=CHEAP_KDF).close()


def test_renewed_recovery_code_replaces_the_old_one(
    director_ws: Workspace, data_dir: Path, recovery_code: str
) -> None:
    code = users.renew_recovery_code(director_ws)
    assert code != recovery_code
    with pytest.raises(WrongCredentials):
        setup.login_with_recovery(data_dir, recovery_code, kdf=CHEAP_KDF)
    ws = setup.login_with_recovery(data_dir, code, kdf=CHEAP_KDF)
    with pytest.raises(ServiceError):
        users.change_own_password(ws, code, "whatever long passphrase")
    users.reset_password(ws, DIRECTOR, "lighthouse evening 2026")
    ws.close()
    setup.login(data_dir, DIRECTOR, "lighthouse evening 2026", kdf=CHEAP_KDF).close()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.text(max_size=40),
    display=st.text(max_size=200),
    roles=st.lists(st.text(max_size=20), max_size=3),
    password=st.text(max_size=60),
    language=st.text(max_size=4),
)
def test_arbitrary_input_gives_validation_errors_only(
    director_ws: Workspace,
    name: str,
    display: str,
    roles: list[str],
    password: str,
    language: str,
) -> None:
    before = director_ws.store.slots.user_names()
    try:
        users.add_user(director_ws, name, display, roles, password, language)
    except ValidationError:
        assert director_ws.store.slots.user_names() == before
        return
    # Accepted: it must be complete (row and slot), so remove it again for the next example.
    assert name.strip().casefold() in director_ws.store.slots.user_names()
