"""A throwaway PostgreSQL cluster for the tests: made in a temporary folder by an unprivileged
system user (PostgreSQL refuses to run as root), listening on 127.0.0.1 only, TLS required with
a certificate from a test CA made here, SCRAM-SHA-256 passwords. The Debian packages come from
installer/system-deps.sh (`make test` installs them when missing)."""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path

import psycopg
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from psycopg import sql

SUPERUSER = "postgres"
OWNER = "shelter_owner"
OWNER_PASSWORD = "owner only for tests 4471"


def bin_dir() -> Path:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name))
    if not versions:
        raise RuntimeError("PostgreSQL is not installed: run installer/system-deps.sh")
    return versions[-1].parent


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test shelter (test only)")])


def make_tls(folder: Path) -> tuple[Path, Path, Path]:
    """A test CA and a server certificate for 127.0.0.1 and localhost, signed by it."""
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Test shelter CA (test only)"))
          .issuer_name(_name("Test shelter CA (test only)")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now)
          .not_valid_after(now + timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("127.0.0.1"))
            .issuer_name(ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([
                x509.IPAddress(IPv4Address("127.0.0.1")), x509.DNSName("localhost")]),
                critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.crt", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    return ca_file, cert_file, key_file


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _runner() -> tuple[list[str], int | None, int | None]:
    """How to run PostgreSQL's programs: as ourselves, or (as root) as the 'postgres' system
    user that Debian's package creates."""
    if os.geteuid() != 0:
        return [], None, None
    user = pwd.getpwnam("postgres")
    return ["runuser", "-u", "postgres", "--"], user.pw_uid, user.pw_gid


@dataclass
class Cluster:
    folder: Path
    port: int
    ca_file: Path
    prefix: list[str]
    _saved_roles: dict[str, dict[str, tuple[str | None, bool, str | None]]] = field(
        default_factory=dict)

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def superuser(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(host=str(self.socket_dir), port=self.port, user=SUPERUSER,
                               dbname=database, autocommit=True)

    def url(self, database: str, user: str | None = OWNER) -> str:
        who = f"{user}@" if user else ""
        return (f"postgresql://{who}127.0.0.1:{self.port}/{database}"
                f"?sslmode=verify-full&sslrootcert={self.ca_file}")

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.prefix, str(bin_dir() / program), *args], check=True,
                              capture_output=True, text=True, timeout=120)

    def create_database(self, name: str, template: str | None = None) -> None:
        with self.superuser() as conn:
            extra = f" TEMPLATE {template}" if template else ""
            conn.execute(f'CREATE DATABASE "{name}" OWNER {OWNER}{extra}')

    def drop_database(self, name: str) -> None:
        with self.superuser() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    def logins_since(self, offset: int) -> list[str]:
        """The roles that logged in after `offset` bytes of the server's log."""
        with self.log_file.open("rb") as log:
            log.seek(offset)
            text = log.read().decode("utf-8", "replace")
        return re.findall(r"connection authorized: user=(\S+)", text)

    def dump(self, database: str) -> str:
        return subprocess.run(
            [*self.prefix, str(bin_dir() / "pg_dump"), "-h", str(self.socket_dir), "-p",
             str(self.port), "-U", SUPERUSER, database],
            check=True, capture_output=True, text=True, timeout=300).stdout

    # The login roles of a template database are shared by its copies (they belong to the
    # cluster): what a test changes is put back afterwards.
    def save_roles(self, prefix: str) -> None:
        with self.superuser() as conn:
            rows = conn.execute("SELECT rolname, rolpassword, rolcanlogin, rolvaliduntil::text "
                                "FROM pg_authid WHERE rolname LIKE %s", (f"{prefix}:%",))
            self._saved_roles[prefix] = {r[0]: (r[1], r[2], r[3]) for r in rows}

    def restore_roles(self, prefix: str) -> None:
        saved = self._saved_roles.get(prefix, {})
        with self.superuser() as conn:
            names = [r[0] for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"{prefix}:%",))]
            for name in names:
                if name not in saved and not name.endswith(":staff"):
                    conn.execute(f'DROP ROLE "{name}"')
            for name, (password, login, until) in saved.items():
                conn.execute(sql.SQL("ALTER ROLE {} {} PASSWORD {} VALID UNTIL {}").format(
                    sql.Identifier(name), sql.SQL("LOGIN" if login else "NOLOGIN"),
                    sql.Literal(password),
                    sql.Literal("infinity" if until is None else until)))

    def drop_roles(self, prefix: str) -> None:
        """Every role of an installation whose database is gone."""
        with self.superuser() as conn:
            names = [r[0] for r in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s "
                "ORDER BY rolname LIKE '%%:staff'", (f"{prefix}:%",))]
            for name in names:
                conn.execute(f'DROP ROLE "{name}"')

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Cluster:
    prefix, uid, gid = _runner()
    folder = Path(tempfile.mkdtemp(prefix="shelter-desk-pg-"))
    (folder / "socket").mkdir()
    tls = folder / "tls"
    tls.mkdir()
    ca_file, cert_file, key_file = make_tls(tls)
    if uid is not None and gid is not None:
        for path in (folder, folder / "socket", tls, cert_file, key_file):
            os.chown(path, uid, gid)
        folder.chmod(0o755)  # others read the CA; the data folder itself is 0700
    port = _free_port()
    cluster = Cluster(folder, port, ca_file, prefix)
    data = folder / "data"
    cluster.run("initdb", "-D", str(data), "-U", SUPERUSER, "--auth-local=trust",
                "--auth-host=reject", "-E", "UTF8", "--locale=C.UTF-8")
    (data / "postgresql.auto.conf").write_text("\n".join([
        "listen_addresses = '127.0.0.1'",
        f"port = {port}",
        f"unix_socket_directories = '{folder / 'socket'}'",
        "ssl = on",
        f"ssl_cert_file = '{cert_file}'",
        f"ssl_key_file = '{key_file}'",
        "password_encryption = 'scram-sha-256'",
        "fsync = off",  # a throwaway cluster: speed over durability
        "max_connections = 60",
        "log_connections = on",  # who logged in: the tests check the owner role is not used
        "shared_buffers = 32MB",
        "",
    ]))
    # TLS or nothing from the network; the socket (in a folder of ours) for the fixtures only.
    (data / "pg_hba.conf").write_text(
        f"local all {SUPERUSER} trust\n"
        "hostssl all all 127.0.0.1/32 scram-sha-256\n"
        "host all all 0.0.0.0/0 reject\n")
    if uid is not None and gid is not None:
        for path in (data / "postgresql.auto.conf", data / "pg_hba.conf"):
            os.chown(path, uid, gid)
    cluster.run("pg_ctl", "-D", str(data), "-l", str(folder / "server.log"), "-w", "start")
    deadline = time.monotonic() + 30
    while True:
        try:
            with cluster.superuser() as conn:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                    sql.Identifier(OWNER), sql.Literal(OWNER_PASSWORD)))
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    return cluster
