"""`shelter-desk --self-test`: proves that an installed copy works, for the shelter's IT.

In a temporary folder it creates an encrypted database, adds a synthetic client, signs a report
with a generated test identity and verifies it, checks that the database file is not readable
as plain SQLite, then checks the fonts, the translations and Qt's platform. Every step prints
its result; the exit status is 0 only when all passed. The temporary folder is removed whatever
happens, and the real data folder is never opened.

It goes through the same public services as the program (setup, clients, signing, reporting,
verification), so it tests what a counsellor and a director will use, not a copy of it. Qt is
loaded only here and in the steps that need it; this module is imported only for the flag.
"""

from __future__ import annotations

import os
import platform
import secrets
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from shelter_desk import __version__
from shelter_desk.cli.i18n import cli_language, said, tr_
from shelter_desk.i18n import QT_TRANSLATE_NOOP, Translatable, fill
from shelter_desk.i18n.error_text import describe
from shelter_desk.paths import DataFiles, default_data_dir
from shelter_desk.resources import fonts_dir, translations_dir
from shelter_desk.store.keyslots import DEFAULT_KDF, KdfParams

if TYPE_CHECKING:
    from shelter_desk.services.workspace import Workspace

CONTEXT = "selftest"
SQLITE_HEADER = b"SQLite format 3\x00"
LANGUAGES = ("nl", "fr")
# Each shipped font (reports/fonts.py; tests/unit/test_fonts.py checks none is left out) and
# letters it must draw: names in the case files come in these scripts.
LATIN, ARABIC, GEEZ = "AéŞţĂŽ ЖЯ ΣΩ", "سلمى حداد", "ሰምሃር ተስፋይ"
DEVANAGARI, THAI, HAN = "प्रिया शर्मा", "สมชาย ใจดี", "王小明 李华"
FONTS = (
    ("NotoSans-Regular.ttf", LATIN),
    ("NotoSans-Bold.ttf", LATIN),
    ("NotoSans-Italic.ttf", LATIN),
    ("NotoSansArabic-Regular.ttf", ARABIC),
    ("NotoSansArabic-Bold.ttf", ARABIC),
    ("NotoSansEthiopic-Regular.ttf", GEEZ),
    ("NotoSansEthiopic-Bold.ttf", GEEZ),
    ("NotoSansDevanagari-Regular.ttf", DEVANAGARI),
    ("NotoSansDevanagari-Bold.ttf", DEVANAGARI),
    ("NotoSansThai-Regular.ttf", THAI),
    ("NotoSansThai-Bold.ttf", THAI),
    ("DroidSansFallbackFull.ttf", HAN),
    ("DejaVuSansMono.ttf", "0123 ABC-xyz"),
)
# The native platform plugin each system needs to show a window at all.
NATIVE_PLUGINS = {"win32": "qwindows.dll", "linux": "libqxcb.so"}


class CheckFailed(Translatable):
    context = CONTEXT


@dataclass
class Outcome:
    title: str
    ok: bool | None  # None: not run, because a step it needs failed
    detail: str
    seconds: float


@dataclass
class SelfTest:
    out: TextIO = field(default_factory=lambda: sys.stdout)
    kdf: KdfParams = DEFAULT_KDF
    outcomes: list[Outcome] = field(default_factory=list)
    # What the steps make for the ones after them (None until made).
    data: Path | None = None
    ws: Workspace | None = None
    sqlcipher: str = ""
    client_id: int | None = None
    sentinel: str = ""
    pdf: bytes | None = None
    root: bytes | None = None
    qt_ready: bool | None = None

    # -- the run ---------------------------------------------------------------------------
    def run(self) -> int:
        self._say(QT_TRANSLATE_NOOP("selftest", "shelter_desk {version}: self-test"),
                  version=__version__)
        self._say(QT_TRANSLATE_NOOP("selftest", "Program: {path}"), path=sys.executable)
        self._say(QT_TRANSLATE_NOOP("selftest", "Data folder (not opened by this test): {path}"),
                  path=default_data_dir())
        folder = Path(tempfile.mkdtemp(prefix="shelter-desk-self-test-"))
        try:
            self._step(QT_TRANSLATE_NOOP("selftest", "Create an encrypted database"),
                       lambda: self._create(folder))
            self._step(QT_TRANSLATE_NOOP("selftest", "Add a synthetic client"),
                       self._add_client, needs=("ws",))
            self._step(QT_TRANSLATE_NOOP(
                "selftest", "Sign a report with a generated test identity"),
                self._sign, needs=("client_id",))
            self._step(QT_TRANSLATE_NOOP("selftest", "Verify the signed report"),
                       self._verify, needs=("pdf",))
            self._close()
            self._step(QT_TRANSLATE_NOOP(
                "selftest", "The database is not readable as plain SQLite"),
                lambda: self._not_plain(folder), needs=("data",))
            self._step(QT_TRANSLATE_NOOP("selftest", "Qt platform"), self._qt)
            self._step(QT_TRANSLATE_NOOP("selftest", "Fonts"), self._fonts, needs=("qt_ready",))
            self._step(QT_TRANSLATE_NOOP("selftest", "Translations"), self._translations)
            self._step(QT_TRANSLATE_NOOP("selftest", "PostgreSQL driver (server edition)"),
                       self._server_driver)
        finally:
            self._close()
            shutil.rmtree(folder, ignore_errors=True)
        self._step(QT_TRANSLATE_NOOP("selftest", "Nothing left behind"),
                   lambda: self._left_behind(folder))
        return self._summary()

    def _step(self, title: str, action: Callable[[], str], needs: tuple[str, ...] = ()) -> None:
        started = time.perf_counter()
        if any(not getattr(self, name) for name in needs):
            outcome = Outcome(tr_(CONTEXT, title), None,
                              tr_("selftest", "not run: a step it needs failed"), 0.0)
        else:
            try:
                detail = action()
                outcome = Outcome(tr_(CONTEXT, title), True, detail,
                                  time.perf_counter() - started)
            except Exception as exc:  # a failed check is an answer, not a crash
                outcome = Outcome(tr_(CONTEXT, title), False, _reason(exc),
                                  time.perf_counter() - started)
        self.outcomes.append(outcome)
        self._print(outcome)

    # -- the steps -------------------------------------------------------------------------
    def _create(self, folder: Path) -> str:
        from shelter_desk.services import maintenance, setup

        self.data = folder / "data"
        self.ws, _recovery = setup.initialise(
            self.data, shelter="Self-test (synthetic)", username="selftest",
            display_name="Self-test Director", password=_password(), kdf=self.kdf)
        result = maintenance.check(self.ws)
        if not result.ok:
            raise CheckFailed(QT_TRANSLATE_NOOP(
                "selftest", "the new database fails its integrity check"))
        self.sqlcipher = _sqlcipher_version()
        return fill(tr_(CONTEXT, QT_TRANSLATE_NOOP(
            "selftest", "SQLCipher {version}; integrity and audit trail checked")),
            version=self.sqlcipher)

    def _add_client(self) -> str:
        from shelter_desk.domain.vocabulary import (
            ConsentEventKind,
            ConsentForm,
            ConsentPurpose,
            DetectionBasis,
            Gender,
            ReferralOutcome,
            ReferringService,
            ResidenceTrack,
        )
        from shelter_desk.services import clients, clock
        from shelter_desk.services.consent import ConsentInput

        assert self.ws is not None
        today = clock.today()
        # A name no real file holds, so that finding it on disk proves a leak.
        sentinel = "Selftest" + secrets.token_hex(4).upper()
        since = today - timedelta(days=30)
        summary = clients.intake(
            self.ws,
            clients.ClientInput(
                first_names="Zofia", last_name=sentinel, gender=Gender.FEMALE,
                nationality="RO", languages=["ro", "fr"],
                residence_track=ResidenceTrack.THIRD_COUNTRY, intake_date=since,
                aliases=["Зофия " + sentinel]),
            clients.ReferralInput(referred_on=since, service=ReferringService.POLICE,
                                  detection_basis=DetectionBasis.OWN_ACCOUNT,
                                  outcome=ReferralOutcome.ADMITTED),
            None,
            [ConsentInput(purpose, ConsentEventKind.GRANT, since, ConsentForm.WRITTEN, "ro")
             for purpose in (ConsentPurpose.PROGRAMME_SUPPORT, ConsentPurpose.SHARE_PROSECUTOR)],
            synthetic=True)
        self.client_id, self.sentinel = summary.id, sentinel
        return fill(tr_(CONTEXT, QT_TRANSLATE_NOOP("selftest", "case code {code}")),
                         code=summary.case_code)

    def _sign(self) -> str:
        from shelter_desk.services import reporting, signing

        assert self.ws is not None and self.client_id is not None
        signing.demo_identity(self.ws)
        self.root = signing.root_pem(self.ws)
        language = cli_language()
        made = reporting.signed_report(self.ws, self.client_id, language,
                                       reporting.IdentityChoice.INCLUDE)
        self.pdf = made.pdf
        return fill(tr_(CONTEXT, QT_TRANSLATE_NOOP(
            "selftest", "{size} KB PDF in {language}, signed by {signer}")),
            size=len(made.pdf) // 1024, language=language, signer=made.signed_by)

    def _verify(self) -> str:
        from shelter_desk.reports.verification import verify_pdf

        pdf, root = self.pdf, self.root
        assert pdf is not None and root is not None
        verdict = verify_pdf(pdf, root)
        if not verdict.ok:
            raise CheckFailed(QT_TRANSLATE_NOOP(
                "selftest", "the report does not verify: {problems}"),
                problems="; ".join(said(p) for p in verdict.problems))
        changed = bytearray(pdf)
        changed[len(changed) // 3] ^= 0x01
        if verify_pdf(bytes(changed), root).ok:
            raise CheckFailed(QT_TRANSLATE_NOOP(
                "selftest", "a copy with one byte changed was accepted"))
        return tr_("selftest",
                   "intact, trusted, unmodified; a copy with one byte changed is refused")

    def _not_plain(self, folder: Path) -> str:
        assert self.data is not None
        files = DataFiles(self.data)
        with files.database.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                raise CheckFailed(QT_TRANSLATE_NOOP(
                    "selftest", "the database file starts with the plain SQLite header"))
        if _plain_sqlite_reads(files.database):
            raise CheckFailed(QT_TRANSLATE_NOOP(
                "selftest", "the standard sqlite3 module could read the database"))
        if self.sentinel:
            needles = (self.sentinel.encode("utf-8"), self.sentinel.encode("utf-16-le"))
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                data = path.read_bytes()
                if any(n in data for n in needles):
                    raise CheckFailed(QT_TRANSLATE_NOOP(
                        "selftest", "the client's name is readable in {file}"), file=path.name)
        return tr_("selftest", "no SQLite header, the sqlite3 module refuses it, and the client's "
                            "name is in no file")

    def _qt(self) -> str:
        note = ""
        if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
                and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
            # Without a screen the native plugin would abort the process: test offscreen.
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            note = tr_("selftest", " (no screen found)")
        from shelter_desk.selftest_qt import draw_window, native_plugin

        platform_name, drawn = draw_window(tr_("selftest", "shelter_desk self-test"))
        if not drawn:
            raise CheckFailed(QT_TRANSLATE_NOOP(
                "selftest", "Qt ({platform}) drew an empty window"), platform=platform_name)
        wanted = next((f for p, f in NATIVE_PLUGINS.items() if sys.platform.startswith(p)), "")
        if wanted and native_plugin(wanted) is None:
            raise CheckFailed(QT_TRANSLATE_NOOP(
                "selftest", "the platform plugin {file} is missing"), file=wanted)
        self.qt_ready = True
        detail = fill(tr_(CONTEXT, QT_TRANSLATE_NOOP(
            "selftest", "{platform}{note}; a window was drawn")), platform=platform_name, note=note)
        if wanted:
            detail += fill(tr_(CONTEXT, QT_TRANSLATE_NOOP(
                "selftest", "; {file} is there for the desktop")), file=wanted)
        return detail

    def _fonts(self) -> str:
        from shelter_desk.reports import fonts as report_fonts
        from shelter_desk.selftest_qt import missing_letters

        folder = fonts_dir()
        for name, letters in FONTS:
            path = folder / name
            if not path.is_file():
                raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "{file} is missing from {folder}"),
                                  file=name, folder=str(folder))
            missing = missing_letters(path, letters)
            if missing is None:
                raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "Qt cannot load {file}"), file=name)
            if missing:
                raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "{file} cannot draw {letters}"),
                                  file=name, letters=missing)
        report_fonts.register()  # the report's own registration, as signing used it
        return fill(tr_(CONTEXT, QT_TRANSLATE_NOOP(
            "selftest", "{count} fonts load; Latin, Cyrillic, Greek, Arabic, Ge'ez, Devanagari, "
            "Thai and Chinese letters drawn")),
            count=len(FONTS))

    def _translations(self) -> str:
        from shelter_desk.i18n.catalogue import Catalogue
        from shelter_desk.selftest_qt import load_catalogues

        for language in LANGUAGES:
            source = translations_dir() / f"shelter_desk_{language}.ts"
            if not source.is_file() or not Catalogue(language).has_translations():
                raise CheckFailed(QT_TRANSLATE_NOOP(
                    "selftest", "the {language} catalogue is missing or empty in {folder}"),
                    language=language, folder=str(translations_dir()))
            problem = load_catalogues(translations_dir(), language)
            if problem:
                raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "{language}: {file} does not load"),
                                  language=language, file=problem)
        return tr_("selftest", "Dutch and French: the program's catalogues and Qt's own")

    def _server_driver(self) -> str:
        """A workstation of a shelter with a server needs psycopg and its libpq in the bundle
        (there is no libpq on a Windows machine to fall back on)."""
        import psycopg

        libpq = psycopg.pq.version()
        return fill(tr_(CONTEXT, QT_TRANSLATE_NOOP(
            "selftest", "psycopg {version} ({implementation}), libpq {libpq}")),
            version=psycopg.__version__, implementation=psycopg.pq.__impl__,
            libpq=f"{libpq // 10000}.{libpq % 10000}")

    def _left_behind(self, folder: Path) -> str:
        if folder.exists():
            raise CheckFailed(QT_TRANSLATE_NOOP("selftest", "{folder} could not be removed"),
                              folder=str(folder))
        return tr_("selftest", "the temporary folder was removed")

    # -- helpers ---------------------------------------------------------------------------
    def _close(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None

    def _summary(self) -> int:
        self._say(QT_TRANSLATE_NOOP(
            "selftest", "Versions: shelter_desk {app}, Python {python} ({system}), "
                     "Qt {qt}, PySide6 {pyside}, SQLCipher {sqlcipher}"),
            app=__version__, python=platform.python_version(),
            system=f"{platform.system()} {platform.machine()}", qt=_qt_version(),
            pyside=_pyside_version(), sqlcipher=self.sqlcipher or _sqlcipher_version())
        failed = sum(1 for o in self.outcomes if not o.ok)
        if failed:
            self._say(QT_TRANSLATE_NOOP("selftest", "{failed} of {count} checks FAILED."),
                      failed=failed, count=len(self.outcomes))
            return 1
        self._say(QT_TRANSLATE_NOOP("selftest", "All {count} checks passed."),
                  count=len(self.outcomes))
        return 0

    def _print(self, o: Outcome) -> None:
        mark = (tr_("selftest", "OK") if o.ok else tr_("selftest", "FAILED") if o.ok is False
                else tr_("selftest", "NOT RUN"))
        seconds = f"{o.seconds:.1f}"
        if cli_language() in LANGUAGES:
            seconds = seconds.replace(".", ",")
        self._say(QT_TRANSLATE_NOOP("selftest", "[{mark}] {step}: {detail} ({seconds} s)"),
                  mark=mark, step=o.title, detail=o.detail, seconds=seconds)

    def _say(self, template: str, **params: object) -> None:
        print(fill(tr_(CONTEXT, template), **params), file=self.out, flush=True)


def _password() -> str:
    # Never shown or kept: the database it opens is removed at the end.
    return f"Self test {secrets.token_hex(12)} !"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, Translatable):
        return exc.translated(tr_)
    text = describe(exc, tr_)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    # Only synthetic data is in play here, so the library's own words may be shown.
    return f"{text} [{type(exc).__name__}: {detail}]" if detail else text


def _plain_sqlite_reads(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _sqlcipher_version() -> str:
    return sqlcipher_versions()[0]


def sqlcipher_versions() -> tuple[str, str]:
    """SQLCipher's version and its crypto library's ("OpenSSL 3.x"), from a database in memory
    (also for Help › About, which may not open the database itself)."""
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()
        conn.execute("PRAGMA key = 'version probe'")  # the provider answers once keyed
        provider = conn.execute("PRAGMA cipher_provider_version").fetchone()
        return (str(version[0]) if version else "?", str(provider[0]) if provider else "?")
    finally:
        conn.close()


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


def _pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


def run_self_test(out: TextIO | None = None, kdf: KdfParams = DEFAULT_KDF) -> int:
    return SelfTest(out=out or sys.stdout, kdf=kdf).run()
