"""Logging in to the server as oneself, with no shared application password.

A member of staff's PostgreSQL password is not their password but an Argon2id derivation of it
(salted with the installation's role prefix and their name), so the server's SCRAM verifier is
no shortcut to a password: guessing one costs the same Argon2 as guessing at the key slot. The
verifier itself is computed here (RFC 5802/7677), so the server never receives even the derived
secret: statement logs hold nothing to log in with."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from shelter_desk.store.keyslots import KdfParams, derive_kek

SCRAM_ITERATIONS = 4096  # the input is 256 random-looking bits: iterations add nothing


def login_secret(prefix: str, username: str, password: str, kdf: KdfParams) -> str:
    salt = hashlib.sha256(f"shelter_desk/server-login|{prefix}|{username}".encode()).digest()
    return base64.urlsafe_b64encode(derive_kek(password, salt[:16], kdf)).decode("ascii")


def scram_verifier(secret: str, iterations: int = SCRAM_ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
