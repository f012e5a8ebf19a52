"""Test certificates made on the spot: a root and a signing certificate, as PKCS#12 or as
files for a SoftHSM2 token. Nothing here is a real identity."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test shelter (test only)"),
        ]
    )


@dataclass
class TestPki:
    root_pem: bytes
    cert: x509.Certificate
    key: rsa.RSAPrivateKey
    root: x509.Certificate
    root_key: rsa.RSAPrivateKey | None = None  # to issue more certificates under the root

    def pkcs12(self, passphrase: str) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"signer",
            self.key,
            self.cert,
            [self.root],
            serialization.BestAvailableEncryption(passphrase.encode()),
        )


def make_pki(cn: str = "Test Director (test only)") -> TestPki:
    now = datetime.now(UTC) - timedelta(minutes=5)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = (
        x509.CertificateBuilder()
        .subject_name(_name("Test root (test only)"))
        .issuer_name(_name("Test root (test only)"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(root_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(root_key, hashes.SHA256())
    )
    return TestPki(root.public_bytes(serialization.Encoding.PEM), cert, key, root, root_key)


@dataclass
class SoftToken:
    env: dict[str, str]
    label: str
    pin: str
    module: str = SOFTHSM_MODULE


def softhsm_token(
    folder: Path, pki: TestPki, label: str = "shelter-test", pin: str = "246810"
) -> SoftToken:
    """A SoftHSM2 token holding the test key and certificate under the label 'Signature'."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            label,
            "--pin",
            pin,
            "--so-pin",
            "13579246",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    key_der = folder / "key.der"
    key_der.write_bytes(
        pki.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_der = folder / "cert.der"
    cert_der.write_bytes(pki.cert.public_bytes(serialization.Encoding.DER))
    for path, kind in ((key_der, "privkey"), (cert_der, "cert")):
        subprocess.run(
            [
                "pkcs11-tool",
                "--module",
                SOFTHSM_MODULE,
                "--token-label",
                label,
                "--login",
                "--pin",
                pin,
                "--write-object",
                str(path),
                "--type",
                kind,
                "--id",
                "01",
                "--label",
                "Signature",
            ],
            env=env,
            check=True,
            capture_output=True,
        )
    key_der.unlink()
    return SoftToken(env, label, pin)
