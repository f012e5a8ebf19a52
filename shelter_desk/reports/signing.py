"""Signing PDFs (PAdES baseline B-B, certified: no change allowed afterwards) with pyHanko, from
a PKCS#12 file, a PKCS#11 token (e.g. the director's Belgian eID) or a demo identity.

Failures raise SigningError subclasses with a person's message; the caller writes nothing."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko import stamp
from pyhanko.pdf_utils import layout, text
from pyhanko.pdf_utils.font import opentype
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from shelter_desk.i18n import QT_TRANSLATE_NOOP, Translatable
from shelter_desk.reports.fonts import SANS, font_path

FIELD_NAME = "ShelterSignature"
DEMO_MARK = "DEMO, NOT FOR REAL USE"


class SigningError(Translatable):
    """A signature could not be made; nothing was written."""


class WrongPassphrase(SigningError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The PKCS#12 passphrase is not correct (or the file is damaged)."))


class WrongPin(SigningError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The token PIN is not correct."))


class TokenUnavailable(SigningError):
    pass


@dataclass(frozen=True)
class IdentityMaterial:
    """What an identity keeps (inside the encrypted database)."""

    certificate_pem: bytes
    chain_pem: bytes  # intermediates and root, PEM, may be empty
    root_pem: bytes
    subject: str


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _subject(cert: x509.Certificate) -> str:
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(cn[0].value) if cn else cert.subject.rfc4514_string()


def pem_certificates(data: bytes) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(data) if data.strip() else []


def _root_of(cert: x509.Certificate, chain: list[x509.Certificate]) -> x509.Certificate:
    """The self-signed top of the chain (or the certificate itself if none is given)."""
    by_subject = {c.subject: c for c in chain}
    current, seen = cert, set()
    while current.issuer != current.subject and current.issuer in by_subject:
        if current.issuer in seen:
            break
        seen.add(current.issuer)
        current = by_subject[current.issuer]
    return current


# -- identities -------------------------------------------------------------------------------
@dataclass(frozen=True)
class DemoIdentity:
    material: IdentityMaterial
    key_pem: bytes


def _name(cn: str, shelter: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, shelter),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "BE")])


def generate_demo_identity(shelter: str, signer_name: str) -> DemoIdentity:
    """A shelter root and a signing certificate, both named as not for real use."""
    now = datetime.now(UTC) - timedelta(minutes=5)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name(f"{shelter} root ({DEMO_MARK})", shelter)
    root = (x509.CertificateBuilder().subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()),
                           critical=False)
            .sign(root_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(_name(f"{signer_name} ({DEMO_MARK})", shelter))
            .issuer_name(root_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + timedelta(days=1825))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    material = IdentityMaterial(_pem(cert), _pem(root), _pem(root), _subject(cert))
    return DemoIdentity(material, key_pem)


def read_pkcs12(data: bytes, passphrase: str) -> IdentityMaterial:
    """Check a PKCS#12 file and its passphrase; the certificate and chain it carries."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode())
    except ValueError:
        raise WrongPassphrase() from None
    if key is None or cert is None:
        raise SigningError(QT_TRANSLATE_NOOP(
            "errors", "The PKCS#12 file holds no private key with its certificate."))
    chain = list(extra or [])
    root = _root_of(cert, chain)
    return IdentityMaterial(_pem(cert), b"".join(_pem(c) for c in chain), _pem(root),
                            _subject(cert))


def token_material(certificate_pem: bytes, chain_pem: bytes) -> IdentityMaterial:
    cert = x509.load_pem_x509_certificate(certificate_pem)
    chain = pem_certificates(chain_pem)
    return IdentityMaterial(certificate_pem, chain_pem, _pem(_root_of(cert, chain)),
                            _subject(cert))


def _asn1(pem: bytes) -> list[asn1_x509.Certificate]:
    return [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
            for c in pem_certificates(pem)]


def signer_from_pkcs12(data: bytes, passphrase: str, chain_pem: bytes) -> signers.Signer:
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, _asn1(chain_pem),
                                                        passphrase=passphrase.encode())
    except ValueError:  # pyHanko 0.38 raises; earlier releases return None (below)
        raise WrongPassphrase() from None
    if signer is None:  # no exception, just None, on a wrong passphrase
        raise WrongPassphrase()
    return cast(signers.Signer, signer)


def signer_from_demo(key_pem: bytes, material: IdentityMaterial) -> signers.Signer:
    from pyhanko.keys import load_private_key_from_pemder_data

    key = load_private_key_from_pemder_data(key_pem, passphrase=None)
    [cert] = _asn1(material.certificate_pem)
    return signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                cert_registry=_store(material.chain_pem))


def _store(chain_pem: bytes) -> Any:
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    return SimpleCertificateStore.from_certs(_asn1(chain_pem))  # type: ignore[no-untyped-call]


@dataclass
class TokenSession:
    """An open PKCS#11 session; close it when signing is done."""

    session: Any
    signer: signers.Signer

    def close(self) -> None:
        self.session.close()


def signer_from_token(module: str, token_label: str, pin: str, key_label: str,
                      cert_label: str, chain_pem: bytes) -> TokenSession:
    import pkcs11.exceptions as p11err
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign import pkcs11 as p11

    try:
        session = p11.open_pkcs11_session(module, token_criteria=TokenCriteria(label=token_label),
                                          user_pin=pin)
    except p11err.PinIncorrect:
        raise WrongPin() from None
    except p11err.PinLenRange:
        raise WrongPin() from None
    except (p11err.PKCS11Error, OSError, RuntimeError) as exc:
        raise TokenUnavailable(QT_TRANSLATE_NOOP(
            "errors", "The token '{token}' could not be opened ({reason})."),
            token=token_label, reason=type(exc).__name__) from None
    signer = p11.PKCS11Signer(session, key_label=key_label, cert_label=cert_label,
                              other_certs_to_pull=None, ca_chain=_asn1(chain_pem))
    return TokenSession(session, signer)


# -- signing ------------------------------------------------------------------------------------
def _stamp_style() -> stamp.TextStampStyle:
    box = text.TextBoxStyle(font=opentype.GlyphAccumulatorFactory(font_path(SANS)),
                            font_size=9, leading=12)
    # Left-aligned and vertically centred with a margin, like the text beside it; pyHanko's
    # default scales the block into the middle of the box.
    inside = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins(left=12, right=12, top=2, bottom=2),
        inner_content_scaling=layout.InnerScaling.NO_SCALING)
    return stamp.TextStampStyle(
        stamp_text="%(title)s\n%(signer)s\n%(shelter)s\n%(when)s", text_box_style=box,
        border_width=1, inner_content_layout=inside)


def sign_pdf(pdf: bytes, signer: signers.Signer, *, page: int,
             box: tuple[float, float, float, float], shelter: str, signer_name: str,
             reason: str, location: str, title: str, when_label: str) -> bytes:
    """Certify the PDF (PAdES B-B, no later change allowed) with a visible stamp."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    fields.append_signature_field(
        writer, fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=page,
                                    box=tuple(int(v) for v in box)))  # type: ignore[arg-type]
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, subfilter=fields.SigSeedSubFilter.PADES, certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES, md_algorithm="sha256",
        reason=reason, location=location, name=signer_name)
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=_stamp_style())
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params={
            "title": title, "signer": signer_name, "shelter": shelter,
            "when": f"{when_label} {now}"})
    except Exception as exc:  # token errors surface here too
        if type(exc).__name__ == "PinIncorrect":
            raise WrongPin() from None
        raise SigningError(QT_TRANSLATE_NOOP(
            "errors", "The signature could not be made ({reason})."),
            reason=type(exc).__name__) from None
    return out.getvalue()


def sign_detached(data: bytes, signer: signers.Signer) -> bytes:
    """A detached CMS signature (DER) over `data`: for the case file's manifest."""
    import asyncio

    try:
        cms = asyncio.run(signer.async_sign_general_data(data, "sha256", detached=True))
    except Exception as exc:
        raise SigningError(QT_TRANSLATE_NOOP(
            "errors", "The signature could not be made ({reason})."),
            reason=type(exc).__name__) from None
    return bytes(cms.dump())
