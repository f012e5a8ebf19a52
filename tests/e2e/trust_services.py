"""A test PKI with its trust services on 127.0.0.1: a root, a signing certificate that points to
an OCSP responder and a CRL, and an RFC 3161 timestamp authority. Made by certomancer (the
PKI testing tool pyHanko's own tests use) and served by its Animator over werkzeug, in a thread
of the test process. Nothing here is a real identity."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from certomancer.integrations.animator import Animator, AnimatorArchStore
from certomancer.registry import CertomancerConfig
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from werkzeug.serving import make_server

ARCH = "shelter-test"
KEYS = ("root", "signer", "tsa-root", "tsa", "ocsp")


def _config(port: int) -> dict[str, object]:
    valid = {"valid-from": "2020-01-01T00:00:00+0000", "valid-to": "2060-01-01T00:00:00+0000"}

    def key_usage(*uses: str) -> dict[str, object]:
        return {"id": "key_usage", "critical": True,
                "smart-value": {"schema": "key-usage", "params": list(uses)}}

    ca = [{"id": "basic_constraints", "critical": True, "value": {"ca": True}},
          key_usage("digital_signature", "key_cert_sign", "crl_sign")]
    return {
        "external-url-prefix": f"http://127.0.0.1:{port}",
        "keysets": {"keys": {"keys": {k: {"path": f"{k}.key.pem"} for k in KEYS}}},
        "pki-architectures": {ARCH: {
            "keyset": "keys",
            "entity-defaults": {"country-name": "BE",
                                "organization-name": "Test shelter (test only)"},
            "entities": {
                "root": {"common-name": "Test shelter root (test only)"},
                "signer": {"common-name": "Test Director (test only)"},
                "tsa-root": {"common-name": "Test TSA root (test only)"},
                "tsa": {"common-name": "Test timestamp authority (test only)"},
                "ocsp": {"common-name": "Test OCSP responder (test only)"},
            },
            "certs": {
                "root": {"subject": "root", "issuer": "root", "validity": valid,
                         "extensions": ca},
                "tsa-root": {"subject": "tsa-root", "issuer": "tsa-root", "validity": valid,
                             "extensions": ca},
                "signer": {"subject": "signer", "issuer": "root", "validity": valid,
                           "extensions": [
                               key_usage("digital_signature", "non_repudiation"),
                               {"id": "authority_information_access", "smart-value": {
                                   "schema": "aia-urls",
                                   "params": {"ocsp-responder-names": ["root"]}}},
                               {"id": "crl_distribution_points", "smart-value": {
                                   "schema": "crl-dist-url",
                                   "params": {"crl-repo-names": ["root"]}}},
                           ]},
                "ocsp": {"subject": "ocsp", "issuer": "root", "validity": valid,
                         "extensions": [
                             key_usage("digital_signature"),
                             {"id": "extended_key_usage", "critical": True,
                              "value": ["ocsp_signing"]},
                             {"id": "ocsp_no_check"},
                         ]},
                "tsa": {"subject": "tsa", "issuer": "tsa-root", "validity": valid,
                        "extensions": [
                            key_usage("digital_signature"),
                            {"id": "extended_key_usage", "critical": True,
                             "value": ["time_stamping"]},
                        ]},
            },
            "services": {
                "ocsp": {"root": {"for-issuer": "root", "responder-cert": "ocsp",
                                  "signing-key": "ocsp"}},
                "crl-repo": {"root": {"for-issuer": "root", "signing-key": "root",
                                      "simulated-update-schedule": "P90D"}},
                "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
            },
        }},
    }


@dataclass
class TrustServices:
    tsa_url: str
    root_pem: bytes  # the shelter's root
    tsa_root_pem: bytes
    signer_pem: bytes
    _package: Callable[[bytes], bytes]

    def pkcs12(self, passphrase: str) -> bytes:
        """The signer's key, certificate and chain, as a shelter would import them."""
        return self._package(passphrase.encode())


def _pem(cert: object) -> bytes:
    from asn1crypto import pem

    return bytes(pem.armor("CERTIFICATE", cert.dump()))  # type: ignore[attr-defined]


@contextmanager
def trust_services(folder: Path) -> Iterator[TrustServices]:
    """Start the TSA, OCSP responder and CRL on a free port of 127.0.0.1; stop them after."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in KEYS:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        (folder / f"{name}.key.pem").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
    # Bind first, so the certificates can name the real port in their OCSP and CRL URLs.
    holder: dict[str, object] = {}

    def app(environ: dict[str, object], start_response: object) -> object:
        return holder["animator"](environ, start_response)  # type: ignore[operator]

    server = make_server("127.0.0.1", 0, app, threaded=True)
    port = server.server_port
    config = CertomancerConfig(_config(port), key_search_dir=str(folder))
    arch = config.get_pki_arch(ARCH)
    holder["animator"] = Animator(AnimatorArchStore(config.pki_archs), with_web_ui=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    services = TrustServices(
        tsa_url=f"http://127.0.0.1:{port}/{ARCH}/tsa/tsa",
        root_pem=_pem(arch.get_cert("root")),
        tsa_root_pem=_pem(arch.get_cert("tsa-root")),
        signer_pem=_pem(arch.get_cert("signer")),
        _package=lambda password: arch.package_pkcs12("signer", password=password),
    )
    try:
        yield services
    finally:
        server.shutdown()
        thread.join(timeout=5)
