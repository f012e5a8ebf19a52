"""The shelter's signing identity: set up by an administrator, used by directors.

(a) a PKCS#12 file, kept as imported (its passphrase is asked at each signature);
(b) a PKCS#11 token such as the director's Belgian eID (module path and token label; the PIN is
    asked at each signature);
(c) a generated demo root and signing certificate, for the demo and tests only, named as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from pyhanko.sign.signers import Signer
from sqlalchemy import select

from shelter_desk.domain.roles import Role
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.models.base import utcnow
from shelter_desk.models.installation import Installation
from shelter_desk.models.signing import SigningIdentity
from shelter_desk.models.users import User, UserRole
from shelter_desk.reports import signing as rs
from shelter_desk.services import audit
from shelter_desk.services import validation as v
from shelter_desk.services.errors import ServiceError, ValidationError
from shelter_desk.services.guard import require
from shelter_desk.services.workspace import Workspace

PKCS12, PKCS11, DEMO = "pkcs12", "pkcs11", "demo"
EID_SIGNATURE_LABEL = "Signature"  # the Belgian eID's signing key and certificate


class NoIdentity(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "No signing identity is set up. An administrator sets one up under "
            "Administration > Signing, or with 'shelter-desk signing'."))


@dataclass(frozen=True)
class IdentityInfo:
    kind: str
    subject: str
    set_up_at: datetime
    set_up_by: str
    needs_secret: bool  # a passphrase (pkcs12) or PIN (pkcs11) at each signature
    demo: bool
    fingerprint: str = ""  # SHA-256 of the signing certificate, as `verify --signer` takes it
    root_fingerprint: str = ""


@dataclass(frozen=True)
class TimestampAuthority:
    url: str | None
    root_fingerprint: str  # empty when no root was given


def _store(ws: Workspace, identity: SigningIdentity, action: str) -> IdentityInfo:
    with ws.session() as session:
        existing = session.get(SigningIdentity, 1)
        if existing is not None:
            session.delete(existing)
            session.flush()
        identity.id = 1
        identity.set_up_at = utcnow()
        identity.set_up_by = ws.actor.username
        session.add(identity)
        audit.record(session, ws.actor, action, target=identity.subject[:120])
        return _info(identity)


def _info(i: SigningIdentity) -> IdentityInfo:
    return IdentityInfo(i.kind, i.subject, i.set_up_at, i.set_up_by,
                        needs_secret=i.kind != DEMO, demo=i.kind == DEMO,
                        fingerprint=rs.pem_fingerprint(i.certificate_pem),
                        root_fingerprint=rs.pem_fingerprint(i.root_pem))


def info(ws: Workspace) -> IdentityInfo | None:
    with ws.session() as session:
        identity = session.get(SigningIdentity, 1)
        return _info(identity) if identity else None


def import_pkcs12(ws: Workspace, data: bytes, passphrase: str) -> IdentityInfo:
    require(ws, (Role.ADMINISTRATOR,), "signing.setup",
            QT_TRANSLATE_NOOP("permissions", "set up the signing identity"))
    material = rs.read_pkcs12(data, passphrase)  # WrongPassphrase: nothing stored
    return _store(ws, SigningIdentity(
        kind=PKCS12, subject=material.subject, certificate_pem=material.certificate_pem,
        chain_pem=material.chain_pem, root_pem=material.root_pem, pkcs12_data=data),
        "signing.import_pkcs12")


def use_token(ws: Workspace, module: str, token_label: str, pin: str,
              key_label: str = EID_SIGNATURE_LABEL, cert_label: str | None = None,
              chain_pem: bytes = b"") -> IdentityInfo:
    """Checks the token once with its PIN (and reads its certificate); stores no PIN."""
    require(ws, (Role.ADMINISTRATOR,), "signing.setup",
            QT_TRANSLATE_NOOP("permissions", "set up the signing identity"))
    module_path = v.required_text("pkcs11_module", module, max_len=500)
    label = v.required_text("pkcs11_token_label", token_label, max_len=120)
    if chain_pem.strip():
        require_certificates("chain", chain_pem)
    if not Path(module_path).is_file():
        raise ServiceError(
            QT_TRANSLATE_NOOP("errors", "No PKCS#11 module at {path}."), path=module_path,
        )
    cert_label = cert_label or key_label
    session = rs.signer_from_token(module_path, label, pin, key_label, cert_label, chain_pem)
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.x509 import load_der_x509_certificate

        cert = session.signer.signing_cert
        if cert is None:
            raise rs.SigningError(QT_TRANSLATE_NOOP(
                "errors", "No certificate labelled '{label}' on the token."), label=cert_label)
        pem = load_der_x509_certificate(cert.dump()).public_bytes(serialization.Encoding.PEM)
    finally:
        session.close()
    material = rs.token_material(pem, chain_pem)
    return _store(ws, SigningIdentity(
        kind=PKCS11, subject=material.subject, certificate_pem=material.certificate_pem,
        chain_pem=material.chain_pem, root_pem=material.root_pem, pkcs11_module=module_path,
        pkcs11_token_label=label, pkcs11_key_label=key_label, pkcs11_cert_label=cert_label),
        "signing.use_token")


def demo_identity(ws: Workspace) -> IdentityInfo:
    require(ws, (Role.ADMINISTRATOR,), "signing.setup",
            QT_TRANSLATE_NOOP("permissions", "set up the signing identity"))
    with ws.session() as session:
        inst = session.get(Installation, 1)
        shelter = inst.shelter_name if inst else "shelter"
        director = session.scalars(
            select(User.display_name).join(UserRole)
            .where(UserRole.role == Role.DIRECTOR, User.active.is_(True)).order_by(User.id)
        ).first()
    # Reports are signed on the director's behalf: the demo certificate carries their name.
    demo = rs.generate_demo_identity(shelter, director or ws.actor.display_name)
    m = demo.material
    return _store(ws, SigningIdentity(
        kind=DEMO, subject=m.subject, certificate_pem=m.certificate_pem, chain_pem=m.chain_pem,
        root_pem=m.root_pem, demo_key_pem=demo.key_pem), "signing.demo_identity")


def root_pem(ws: Workspace) -> bytes:
    """The trust root to hand to the prosecutor's office (a public certificate)."""
    with ws.session() as session:
        identity = session.get(SigningIdentity, 1)
        if identity is None:
            raise NoIdentity()
        audit.record(session, ws.actor, "signing.export_root")
        return identity.root_pem


def certificate_pem(ws: Workspace) -> bytes:
    """The shelter's signing certificate followed by its chain (public certificates): what a
    prosecutor's office pins a shelter's documents to."""
    with ws.session() as session:
        identity = session.get(SigningIdentity, 1)
        if identity is None:
            raise NoIdentity()
        audit.record(session, ws.actor, "signing.export_cert")
        chain = identity.chain_pem if identity.chain_pem.strip() else identity.root_pem
        return identity.certificate_pem.rstrip(b"\n") + b"\n" + chain


# -- the timestamp authority ------------------------------------------------------------------
BAD_URL = QT_TRANSLATE_NOOP("validation", "must be an http:// or https:// address")
NOT_CERTIFICATES = QT_TRANSLATE_NOOP("validation", "is not a PEM certificate")


def require_certificates(field: str, pem: bytes) -> None:
    """PEM certificates given by a person (a trust root, a chain): anything else is refused
    as their mistake, not left to fail deep inside a signature check."""
    try:
        if not rs.pem_certificates(pem):
            raise ValueError
    except ValueError:
        raise ValidationError(field, NOT_CERTIFICATES) from None


def timestamp_authority(ws: Workspace) -> TimestampAuthority:
    with ws.session() as session:
        inst = session.get(Installation, 1)
        url = inst.tsa_url if inst else None
        root = inst.tsa_root_pem if inst else None
    return TimestampAuthority(url, rs.pem_fingerprint(root) if root else "")


def set_timestamp_authority(ws: Workspace, url: str | None,
                            root_pem: bytes | None = None) -> TimestampAuthority:
    """Sign with timestamps from this RFC 3161 authority (None: stop). `root_pem` is the
    authority's root certificate, needed to embed revocation data (PAdES B-LT)."""
    require(ws, (Role.ADMINISTRATOR,), "signing.setup",
            QT_TRANSLATE_NOOP("permissions", "set up the signing identity"))
    address = v.text("tsa_url", url, max_len=500, required=False)
    if address is not None:
        parsed = urlparse(address)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValidationError("tsa_url", BAD_URL)
    if root_pem is not None:
        require_certificates("tsa_root", root_pem)
    with ws.session() as session:
        inst = session.get(Installation, 1)
        if inst is None:
            raise NoIdentity()
        inst.tsa_url = address
        if address is None:
            inst.tsa_root_pem = None
        elif root_pem is not None:
            inst.tsa_root_pem = root_pem
        audit.record(session, ws.actor, "signing.tsa", target=(address or "none")[:120])
        root = inst.tsa_root_pem
    return TimestampAuthority(address, rs.pem_fingerprint(root) if root else "")


class NoTimestampAuthority(ServiceError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "No timestamp authority is set up. An administrator sets one up under "
            "Administration > Signing, or with 'shelter-desk signing tsa --url URL'."))


def add_document_timestamp(ws: Workspace, pdf: bytes) -> bytes:
    """PAdES B-LTA for a signed report: validation data and a document timestamp from the
    shelter's timestamp authority. Needs no key: directors and administrators may."""
    require(ws, (Role.DIRECTOR, Role.ADMINISTRATOR), "report.timestamp",
            QT_TRANSLATE_NOOP("permissions", "add timestamps to signed reports"))
    with ws.session() as session:
        inst = session.get(Installation, 1)
        identity = session.get(SigningIdentity, 1)
        if inst is None or not inst.tsa_url:
            raise NoTimestampAuthority()
        url = inst.tsa_url
        roots = (identity.root_pem if identity else b"") + (inst.tsa_root_pem or b"")
    upgraded = rs.add_document_timestamp(pdf, url, roots)
    audit.record_alone(ws, "report.timestamp", target=url[:120])
    return upgraded


@dataclass
class OpenSigner:
    signer: Signer
    subject: str
    session: rs.TokenSession | None = None
    demo: bool = False
    tsa_url: str | None = None
    roots_pem: bytes = b""  # the shelter's and the timestamp authority's roots (for B-LT)

    def close(self) -> None:
        if self.session is not None:
            self.session.close()


def open_signer(ws: Workspace, secret: str | None) -> OpenSigner:
    """The signer, ready to sign: `secret` is the PKCS#12 passphrase or the token PIN."""
    require(ws, (Role.DIRECTOR,), "report.sign", QT_TRANSLATE_NOOP("permissions", "sign reports"))
    with ws.session() as session:
        i = session.get(SigningIdentity, 1)
        if i is None:
            raise NoIdentity()
        kind, subject = i.kind, i.subject
        material = rs.IdentityMaterial(i.certificate_pem, i.chain_pem, i.root_pem, i.subject)
        p12, key, module = i.pkcs12_data, i.demo_key_pem, i.pkcs11_module
        token, key_label, cert_label = i.pkcs11_token_label, i.pkcs11_key_label, \
            i.pkcs11_cert_label
        inst = session.get(Installation, 1)
        tsa_url = inst.tsa_url if inst else None
        roots = i.root_pem + ((inst.tsa_root_pem or b"") if inst else b"")
    if kind == DEMO and key is not None:
        return OpenSigner(rs.signer_from_demo(key, material), subject, demo=True,
                          tsa_url=tsa_url, roots_pem=roots)
    if kind == PKCS12 and p12 is not None:
        return OpenSigner(rs.signer_from_pkcs12(p12, secret or "", material.chain_pem), subject,
                          tsa_url=tsa_url, roots_pem=roots)
    if kind == PKCS11 and module and token:
        opened = rs.signer_from_token(module, token, secret or "", key_label or "",
                                      cert_label or key_label or "", material.chain_pem)
        return OpenSigner(opened.signer, subject, opened, tsa_url=tsa_url, roots_pem=roots)
    raise NoIdentity()
