"""Signing PDFs with pyHanko (PAdES, certified: no change allowed afterwards) from a PKCS#12
file, a PKCS#11 token (e.g. the director's Belgian eID) or a demo identity.

Without a timestamp authority a signature is PAdES B-B (the time is the signer's own claim).
With one (RFC 3161) it is B-T, and B-LT when the chain's revocation data (OCSP, CRL) can be
fetched and embedded; `add_document_timestamp` later makes it B-LTA. Failures raise
SigningError subclasses with a person's message; the caller writes nothing."""

from __future__ import annotations

import enum
import hashlib
import io
import logging
import math
import re
import threading
from collections.abc import Iterable
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
from shelter_desk.reports import stamp as stamp_text
from shelter_desk.reports.fonts import font_path

FIELD_NAME = "ShelterSignature"
DEMO_MARK = "DEMO, NOT FOR REAL USE"
TSA_TIMEOUT = 20  # seconds: a slow authority must not hang the director's signature forever
log = logging.getLogger(__name__)


class Level(enum.StrEnum):
    """PAdES baseline levels (ETSI EN 319 142-1)."""

    B_B = "B-B"  # signature only; its time is the signer's claim
    B_T = "B-T"  # with a timestamp from a timestamp authority
    B_LT = "B-LT"  # and the certificates' revocation data embedded
    B_LTA = "B-LTA"  # and a document timestamp over all of it


class SigningError(Translatable):
    """A signature could not be made; nothing was written."""


class WrongPassphrase(SigningError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "The PKCS#12 passphrase is not correct (or the file is damaged)."))


class NotPkcs12(SigningError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "This is not a PKCS#12 file (.p12 or .pfx with a key and its "
            "certificate)."))


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


def fingerprint(der: bytes) -> str:
    """A certificate's SHA-256 fingerprint as people compare it: "3F:A0:...", 32 pairs."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def pem_fingerprint(pem: bytes) -> str:
    """The fingerprint of the first certificate in `pem` ("" if there is none)."""
    certs = pem_certificates(pem)
    return fingerprint(certs[0].public_bytes(serialization.Encoding.DER)) if certs else ""


def normalise_fingerprint(text: str) -> str | None:
    """A fingerprint as typed or pasted (colons, spaces, any case) in the form `fingerprint`
    prints, or None if it is not 64 hexadecimal digits."""
    digits = re.sub(r"[\s:]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        return None
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


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


NAME_LIMIT = 64  # RFC 5280's upper bound for a common or organisation name (UTF-8 bytes here)


def _fits(text: str) -> bool:
    return len(text.encode("utf-8")) <= NAME_LIMIT


def _shortened(text: str, suffix: str = "") -> str:
    """`text` + `suffix` within the limit, `text` cut with an ellipsis if it must be."""
    if _fits(text + suffix):
        return text + suffix
    while text and not _fits(text.rstrip() + "…" + suffix):
        text = text[:-1]
    return text.rstrip() + "…" + suffix


def demo_name(name: str) -> str:
    """A demo certificate's name: the person's or shelter's, marked as a demo. The full mark
    when it fits, else "(DEMO)", cutting a very long name rather than failing."""
    full = f" ({DEMO_MARK})"
    return name + full if _fits(name + full) else _shortened(name, " (DEMO)")


def _name(cn: str, shelter: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, _shortened(shelter)),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "BE")])


def generate_demo_identity(shelter: str, signer_name: str) -> DemoIdentity:
    """A shelter root and a signing certificate, both named as not for real use."""
    now = datetime.now(UTC) - timedelta(minutes=5)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name(demo_name(f"{shelter} root"), shelter)
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
            .subject_name(_name(demo_name(signer_name), shelter))
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


def is_pkcs12(data: bytes) -> bool:
    """Whether `data` is a PKCS#12 file at all (read without its passphrase), so that a wrong
    file is not reported as a wrong passphrase."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native is not None and bool(pfx["auth_safe"]["content_type"].native)
    except (ValueError, TypeError, KeyError):
        return False


def read_pkcs12(data: bytes, passphrase: str) -> IdentityMaterial:
    """Check a PKCS#12 file and its passphrase; the certificate and chain it carries."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    if not is_pkcs12(data):
        raise NotPkcs12()
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
class _StampFontFile:
    """The stamp's font, read once per process (pyHanko reads and parses the whole font again
    for every signature: most of a signature's time).

    Shared between signatures, read only: the parsed tables (names, metrics, glyph names),
    HarfBuzz's face (it shapes from the font's own bytes), and the subsets embedded. A subset
    holds the glyphs of printable ASCII and Latin-1 besides those the stamp uses, so that one
    subset serves the stamps of a process as long as they need no other letters; it is made
    as pyHanko makes it (no layout tables, glyph ids kept), from a copy of the font, since
    fontTools subsets a font in place."""

    SUBSETS_KEPT = 16

    def __init__(self, path: str) -> None:
        import uharfbuzz as hb
        from fontTools import ttLib

        with open(path, "rb") as fh:
            self.data = fh.read()
        tt = ttLib.TTFont(io.BytesIO(self.data))
        # Everything pyHanko reads from it, read now: the tables are then never loaded
        # lazily, from two threads at once.
        tt.getGlyphOrder()
        for tag in ("name", "head", "hhea", "OS/2", "post", "cmap", "hmtx", "maxp"):
            tt[tag]
        self.tt = tt
        self.is_truetype = "glyf" in tt and "CFF " not in tt
        self.ps_name = opentype._read_ps_name(tt)
        self.units_per_em = tt["head"].unitsPerEm
        self.glyph_set = tt.getGlyphSet(preferCFF=True)
        self.face = hb.Face(self.data)
        cmap = tt.getBestCmap()
        order = {name: gid for gid, name in enumerate(tt.getGlyphOrder())}
        self.common = frozenset(order[cmap[c]] for c in range(0x20, 0x100) if c in cmap)
        self._lock = threading.Lock()
        self._subsets: dict[frozenset[int], bytes] = {}

    def subset(self, gids: Iterable[int]) -> bytes:
        wanted = self.common | frozenset(gids)
        with self._lock:
            made = self._subsets.get(wanted)
            if made is None:
                made = self._make(wanted)
                if len(self._subsets) >= self.SUBSETS_KEPT:
                    self._subsets.clear()
                self._subsets[wanted] = made
            return made

    def _make(self, gids: frozenset[int]) -> bytes:
        from fontTools import subset, ttLib

        tt = ttLib.TTFont(io.BytesIO(self.data))
        options = subset.Options(layout_closure=False)
        options.drop_tables += ["GPOS", "GDEF", "GSUB"]
        options.retain_gids = True
        for tag in ("GDEF", "GSUB", "GPOS"):  # dropped anyway: not read before subsetting
            if tag in tt:
                del tt[tag]
        subsetter = subset.Subsetter(options=options)
        subsetter.populate(gids=sorted(gids))
        subsetter.subset(tt)
        out = io.BytesIO()
        tt.save(out)
        return out.getvalue()


_font_files: dict[str, _StampFontFile] = {}
_font_files_lock = threading.Lock()


def _stamp_font_file(path: str) -> _StampFontFile:
    with _font_files_lock:
        font = _font_files.get(path)
        if font is None:
            font = _font_files[path] = _StampFontFile(path)
        return font


class _StampCIDFont(opentype.CIDFontType2):
    """pyHanko's TrueType CID font, embedding the subset made once (see _StampFontFile)."""

    def __init__(self, font: _StampFontFile, subset_prefix: str) -> None:
        super().__init__(font.tt, font.ps_name, subset_prefix)
        self.font_file = b""

    def set_font_file(self, writer: Any) -> Any:
        from pyhanko.pdf_utils import generic

        stream = generic.StreamObject(stream_data=self.font_file)
        stream.compress()  # type: ignore[no-untyped-call]
        ref = writer.add_object(stream)
        self._font_descriptor[generic.pdf_name("/FontFile2")] = ref
        return ref


class _StampGlyphs(opentype.GlyphAccumulator):
    """pyHanko's glyph accumulator over the font read once per process: its constructor less
    the reading and parsing, its subset taken from _StampFontFile."""

    def __init__(self, writer: Any, font: _StampFontFile, font_size: int,
                 obj_stream: Any = None) -> None:
        import uharfbuzz as hb
        from pyhanko.pdf_utils.font.api import FontEngine

        FontEngine.__init__(self, writer, font.ps_name, embedded_subset=True,
                            obj_stream=obj_stream, font_size=font_size)
        self.font = font
        self.hb_font = hb.Font(font.face)
        self.tt = font.tt
        self._font_ref = writer.allocate_placeholder()
        self.cff_charset = None
        self.use_raw_gids = True
        self.cidfont: _StampCIDFont = _StampCIDFont(font, self.subset_prefix)
        self.cidfont_obj = self.cidfont
        self.features = None
        self.units_per_em = font.units_per_em
        self._glyphs = {}
        self._glyph_set = font.glyph_set
        self._cid_to_unicode = {}
        self._GlyphAccumulator__reverse_cmap = None
        self.ot_language_tag = None
        self.ot_script_tag = None
        self.writing_direction = None
        self.bcp47_lang_code = None
        self._subset_created = self._write_prepared = False

    def _extract_subset(self, options: Any = None) -> None:
        self.cidfont.font_file = self.font.subset(self._glyphs)


@dataclass(frozen=True)
class _StampFont(opentype.GlyphAccumulatorFactory):
    """The shipped font for the stamp, read and parsed once per process (_StampFontFile)."""

    def create_font_engine(self, writer: Any, obj_stream: Any = None
                           ) -> opentype.GlyphAccumulator:
        font = _stamp_font_file(self.font_file)
        if not font.is_truetype:  # a CFF font: pyHanko's own way
            return super().create_font_engine(writer, obj_stream)
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return _StampGlyphs(writer, font, self.font_size, obj_stream)


def _stamp_style(lines: int) -> stamp.TextStampStyle:
    # The text's own box hugs it (pyHanko's default adds 10 points on every side, which
    # stamp_text does not count); the margins are the stamp's, below.
    hug = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MIN,
        margins=layout.Margins(0, 0, 0, 0), inner_content_scaling=layout.InnerScaling.NO_SCALING)
    box = text.TextBoxStyle(font=_StampFont(font_path(stamp_text.FONT)),
                            font_size=stamp_text.SIZE, leading=stamp_text.LEADING,
                            box_layout_rule=hug)
    # Left-aligned and vertically centred with a margin, like the text beside it; pyHanko's
    # default scales the block into the middle of the box.
    inside = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins(left=stamp_text.MARGIN_X, right=stamp_text.MARGIN_X,
                               top=stamp_text.MARGIN_Y, bottom=stamp_text.MARGIN_Y),
        inner_content_scaling=layout.InnerScaling.NO_SCALING)
    return stamp.TextStampStyle(
        stamp_text="\n".join(f"%(line{n})s" for n in range(lines)), text_box_style=box,
        border_width=1, inner_content_layout=inside)


def pdf_version_for(signer: signers.Signer) -> tuple[int, int]:
    """The PDF version pyHanko's signature will declare for this key: 2.0 for the curves of
    ISO 32002 (EdDSA, ECDSA on NIST P and Brainpool curves), else 1.7. The report is written
    with that version in its header, so that header and catalogue agree."""
    from pyhanko.sign.signers.constants import ISO32002_CURVE_NAMES

    cert = signer.signing_cert
    if cert is None:
        return (1, 7)
    key = cert.public_key
    if key.algorithm in ("ed25519", "ed448"):
        return (2, 0)
    if key.algorithm == "ec":
        kind, curve = key.curve
        if kind == "named" and curve in ISO32002_CURVE_NAMES:
            return (2, 0)
    return (1, 7)


def validation_context(roots_pem: bytes, *, fetch: bool) -> Any:
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=_asn1(roots_pem), allow_fetching=fetch)


def _timestamper(url: str) -> Any:
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=TSA_TIMEOUT)


def _failed(exc: Exception) -> SigningError:
    if type(exc).__name__ == "PinIncorrect":
        return WrongPin()
    from pyhanko.sign.timestamps import TimestampRequestError

    if isinstance(exc, TimestampRequestError) or "timestamp" in type(exc).__name__.lower():
        return SigningError(QT_TRANSLATE_NOOP(
            "errors", "The timestamp authority did not answer ({reason}). Check its address "
            "under Signing, or try again later."), reason=type(exc).__name__)
    return SigningError(QT_TRANSLATE_NOOP(
        "errors", "The signature could not be made ({reason})."), reason=type(exc).__name__)


@dataclass(frozen=True)
class SignedPdf:
    pdf: bytes
    level: Level


def sign_pdf(pdf: bytes, signer: signers.Signer, *, page: int,
             box: tuple[float, float, float, float], signer_name: str, reason: str,
             location: str | None, stamp_lines: tuple[str, ...],
             tsa_url: str | None = None, roots_pem: bytes = b"") -> SignedPdf:
    """Certify the PDF (no later change allowed but archival updates) with a visible stamp.

    With `tsa_url` the signature gets a timestamp (B-T), and the chain's revocation data is
    fetched and embedded when the certificates say where (B-LT); `roots_pem` are the roots
    that validation data is gathered against (the shelter's and the timestamp authority's)."""
    level = Level.B_B
    ltv = False
    if tsa_url:
        level = Level.B_T
        ltv = _has_revocation_pointers(signer)
    try:
        out = _sign(pdf, signer, page, box, signer_name, reason, location, stamp_lines,
                    tsa_url, roots_pem if ltv else None)
        if ltv:
            level = Level.B_LT
    except Exception as exc:
        if not ltv:
            raise _failed(exc) from None
        # The revocation data could not be had (responder down, no path to the roots): the
        # signature is still timestamped, and says it is B-T.
        log.warning("revocation data not embedded (%s); signing at B-T", type(exc).__name__)
        try:
            out = _sign(pdf, signer, page, box, signer_name, reason, location, stamp_lines,
                        tsa_url, None)
        except Exception as again:
            raise _failed(again) from None
    return SignedPdf(out, level)


def _has_revocation_pointers(signer: signers.Signer) -> bool:
    cert = signer.signing_cert
    if cert is None:
        return False
    return bool(cert.ocsp_urls or cert.crl_distribution_points)


def _whole_points(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """The box in whole points, grown (never shrunk) to them: the text was wrapped to fit."""
    x1, y1, x2, y2 = box
    return math.floor(x1), math.floor(y1), math.ceil(x2), math.ceil(y2)


def _sign(pdf: bytes, signer: signers.Signer, page: int,
          box: tuple[float, float, float, float], signer_name: str, reason: str,
          location: str | None, stamp_lines: tuple[str, ...], tsa_url: str | None,
          ltv_roots: bytes | None) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    fields.append_signature_field(
        writer, fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=page,
                                    box=_whole_points(box)))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, subfilter=fields.SigSeedSubFilter.PADES, certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES, md_algorithm="sha256",
        reason=reason, location=location or None, name=signer_name,
        embed_validation_info=ltv_roots is not None,
        validation_context=(validation_context(ltv_roots, fetch=True)
                            if ltv_roots is not None else None))
    # Wrapped to the box's width, as the report wrapped them to reserve its height.
    lines = stamp_text.wrap(stamp_lines, box[2] - box[0])
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=_stamp_style(len(lines)),
                                   timestamper=_timestamper(tsa_url) if tsa_url else None)
    params = {f"line{n}": line for n, line in enumerate(lines)}
    key = _reservation_key(signer, tsa_url, ltv_roots is not None)
    reserved = _reserved.get(key)
    if reserved is not None:
        try:
            return _signed(pdf_signer, writer, params, reserved)
        except Exception as exc:
            if not _outgrown(exc):
                raise  # a wrong PIN, a silent authority: not retried for the room
            # The signature outgrew the room kept for it (a longer chain, a new timestamp
            # authority's certificate): estimated again, on the untouched document.
            _reserved.pop(key, None)
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
            fields.append_signature_field(
                writer, fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=page,
                                            box=_whole_points(box)))
    signed = _signed(pdf_signer, writer, params, None)
    found = _reserved_in(signed)
    if found:
        _reserved[key] = found
    return signed


# The room pyHanko reserved for each signer's signature (hex digits), kept for the process.
# Without it pyHanko builds a whole dummy signature to estimate that room before every real
# one: about 40 % of the signing time (issue 13), and for a B-T signature a dummy timestamp,
# one more round trip to the authority. (B-LT asks for that dummy anyway, for the authority's
# certificates.) The estimate keeps a 50 % margin, so the same signer's next signature fits;
# one that does not is estimated again.
_reserved: dict[tuple[str, str | None, bool], int] = {}
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+\d+\s*\]")


def _reservation_key(signer: signers.Signer, tsa_url: str | None,
                     ltv: bool) -> tuple[str, str | None, bool]:
    cert = signer.signing_cert
    return (cert.sha256.hex() if cert is not None else "", tsa_url, ltv)


def _signed(pdf_signer: signers.PdfSigner, writer: IncrementalPdfFileWriter,
            params: dict[str, str], reserved: int | None) -> bytes:
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out, appearance_text_params=params,
                        bytes_reserved=reserved)
    return out.getvalue()


def _outgrown(exc: Exception) -> bool:
    from pyhanko.sign.general import SigningError as PyHankoSigningError

    return isinstance(exc, PyHankoSigningError) and "larger than expected" in str(exc)


def _reserved_in(pdf: bytes) -> int | None:
    """The hex digits kept for the signature in the last update's /ByteRange: the gap
    between the two signed ranges is the /Contents string, its two angle brackets included."""
    found = _BYTE_RANGE.findall(pdf[-200_000:])
    if not found:
        return None
    start, resume = (int(n) for n in found[-1])
    return resume - start - 2


def add_document_timestamp(pdf: bytes, tsa_url: str, roots_pem: bytes) -> bytes:
    """PAdES B-LTA: the revocation data of every signature and timestamp in the file, then a
    document timestamp over all of it, as an incremental update (the signature stays intact)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    stamper = signers.PdfTimeStamper(_timestamper(tsa_url))
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        context = validation_context(roots_pem, fetch=True)
        if reader.embedded_timestamp_signatures:
            out = stamper.update_archival_timestamp_chain(reader, context, in_place=False)
        else:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
            out = stamper.timestamp_pdf(writer, "sha256", validation_context=context,
                                        in_place=False)
    except Exception as exc:
        raise _failed(exc) from None
    return bytes(out.getvalue())


def sign_detached(data: bytes, signer: signers.Signer, tsa_url: str | None = None) -> bytes:
    """A detached CMS signature (DER) over `data`, for the case file's manifest: CAdES, with
    a signing-time attribute, and a signature timestamp when a timestamp authority is set."""
    import asyncio

    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    try:
        cms = asyncio.run(signer.async_sign_general_data(
            data, "sha256", detached=True, use_cades=True,
            signed_attr_settings=PdfCMSSignedAttributes(signing_time=datetime.now(UTC)),
            timestamper=_timestamper(tsa_url) if tsa_url else None))
    except Exception as exc:
        raise _failed(exc) from None
    return bytes(cms.dump())
