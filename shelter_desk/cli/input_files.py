"""Files the command line reads on a user's say-so (documents to check, trust roots, chains),
turned into one-line errors with the documented exit status (1: unusable input), never into
an internal error."""

from __future__ import annotations

from pathlib import Path

from shelter_desk.cli.i18n import tr_
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports import casefile
from shelter_desk.reports.signing import pem_certificates
from shelter_desk.store.errors import StoreError

CANNOT_READ = QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}")
TRUST_ROOT = QT_TRANSLATE_NOOP("errors", "Cannot read the trust root {path}: {reason}")
TSA_ROOT = QT_TRANSLATE_NOOP(
    "errors", "Cannot read the timestamp authority's root {path}: {reason}")
CHAIN = QT_TRANSLATE_NOOP("errors", "Cannot read the certificate chain {path}: {reason}")


def _size_checked(path: Path) -> None:
    size = path.stat().st_size
    if size > casefile.MAX_CASE_FILE_BYTES:
        raise StoreError(QT_TRANSLATE_NOOP(
            "errors", "{path} is too large ({size} MB) to be a report or a case file; "
            "nothing was checked."), path=str(path), size=size // (1024 * 1024))


def read(path: str, failure: str = CANNOT_READ, *, bounded: bool = False) -> bytes:
    """The file's bytes; `bounded`: refused beyond the largest case file (a document to
    check)."""
    try:
        if bounded:
            _size_checked(Path(path))
        return Path(path).read_bytes()
    except OSError as exc:
        raise StoreError(failure, path=path,
                         reason=exc.strerror or type(exc).__name__) from None


def pem_file(path: str | None, failure: str) -> bytes:
    """One or more PEM certificates from `path` (b"" when no path is given): anything else
    (a README, a private key, a DER file, an empty file) is refused with `failure`."""
    if not path:
        return b""
    data = read(path, failure)
    try:
        if not pem_certificates(data):
            raise ValueError
    except ValueError:
        raise StoreError(failure, path=path, reason=tr_("cli", "not a PEM certificate")) \
            from None
    return data
