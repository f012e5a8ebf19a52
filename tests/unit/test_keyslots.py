"""Key slots: wrapping, unwrapping, and every way a slot file can be wrong."""

from __future__ import annotations

import json

import pytest

from shelter_desk.store.errors import InvalidKey, KeySlotFileDamaged, WrongCredentials
from shelter_desk.store.keyslots import (
    SlotFile,
    check_key,
    new_database_key,
    new_recovery_code,
    new_slot,
    normalise_recovery_code,
    resealed,
    with_new_secret,
)
from tests.conftest import CHEAP_KDF


def _file_with(name: str, password: str, key: bytes) -> SlotFile:
    slots = SlotFile.new()
    return slots.with_slot(new_slot(slots.database_id, name, "user", password, [key], CHEAP_KDF))


def test_round_trip_through_bytes() -> None:
    key = new_database_key()
    slots = SlotFile.from_bytes(_file_with("alice", "a long passphrase", key).to_bytes())
    assert slots.unwrap("alice", "a long passphrase") == [key]


def test_wrong_password_and_unknown_user_give_the_same_error() -> None:
    slots = _file_with("alice", "a long passphrase", new_database_key())
    with pytest.raises(WrongCredentials) as wrong_pw:
        slots.unwrap("alice", "a long passphrasE")
    with pytest.raises(WrongCredentials) as unknown:
        slots.unwrap("mallory", "a long passphrase")
    assert str(wrong_pw.value) == str(unknown.value)


def test_slot_file_holds_no_key_and_no_password() -> None:
    key = new_database_key()
    data = _file_with("alice", "a long passphrase", key).to_bytes()
    assert key.hex().encode() not in data and key not in data
    assert b"a long passphrase" not in data


def test_slot_renamed_in_the_file_does_not_open() -> None:
    slots = _file_with("alice", "a long passphrase", new_database_key())
    doc = json.loads(slots.to_bytes())
    doc["slots"][0]["name"] = "bob"
    renamed = SlotFile.from_bytes(json.dumps(doc).encode())
    with pytest.raises(WrongCredentials):
        renamed.unwrap("bob", "a long passphrase")


def test_slot_moved_to_another_database_does_not_open() -> None:
    slots = _file_with("alice", "a long passphrase", new_database_key())
    doc = json.loads(slots.to_bytes())
    doc["database_id"] = "f" * 32
    with pytest.raises(WrongCredentials):
        SlotFile.from_bytes(json.dumps(doc).encode()).unwrap("alice", "a long passphrase")


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json",
        b'{"format": "something else"}',
        b'{"format": "shelter_desk-keyslots", "version": 99, "database_id": "x", "slots": []}',
    ],
)
def test_damaged_file_is_refused(damage: bytes) -> None:
    with pytest.raises(KeySlotFileDamaged):
        SlotFile.from_bytes(damage)


def test_absurd_kdf_parameters_are_refused() -> None:
    doc = json.loads(_file_with("alice", "a long passphrase", new_database_key()).to_bytes())
    doc["slots"][0]["kdf"]["memory_cost"] = 1 << 40
    with pytest.raises(KeySlotFileDamaged):
        SlotFile.from_bytes(json.dumps(doc).encode())


def test_empty_or_short_keys_and_empty_passwords_are_refused() -> None:
    for bad in (b"", b"\0" * 32, b"x" * 31):
        with pytest.raises(InvalidKey):
            check_key(bad)
    slots = SlotFile.new()
    with pytest.raises(InvalidKey):
        new_slot(slots.database_id, "alice", "user", "", [new_database_key()], CHEAP_KDF)


def test_reseal_changes_the_key_without_the_password() -> None:
    old, new = new_database_key(), new_database_key()
    slots = _file_with("alice", "a long passphrase", old)
    slot = slots.find("alice")
    assert slot is not None
    assert resealed(slots.database_id, slot, [new, old]).envelope != slot.envelope
    moved = slots.resealed_all([new, old])
    assert moved.unwrap("alice", "a long passphrase") == [new, old]


def test_password_change_keeps_the_key() -> None:
    key = new_database_key()
    slots = _file_with("alice", "a long passphrase", key)
    slot = slots.find("alice")
    assert slot is not None
    changed = slots.with_slot(
        with_new_secret(
            slots.database_id, slot, "a long passphrase", "another one entirely", CHEAP_KDF, [key]
        )
    )
    assert changed.unwrap("alice", "another one entirely") == [key]
    with pytest.raises(WrongCredentials):
        changed.unwrap("alice", "a long passphrase")
    with pytest.raises(WrongCredentials):
        with_new_secret(slots.database_id, slot, "not the old one", "x" * 20, CHEAP_KDF, [key])


def test_recovery_codes_are_long_and_forgiving_to_type() -> None:
    code = new_recovery_code()
    assert len(normalise_recovery_code(code)) == 40
    assert code != new_recovery_code()
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_recovery_code(typed) == normalise_recovery_code(code)
