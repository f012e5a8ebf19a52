"""`shelter-desk` argument parsing and dispatch. Errors are one line on stderr and a non-zero
exit status; never a traceback (it could carry personal data)."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence

from shelter_desk import __version__
from shelter_desk.cli import access_commands as access
from shelter_desk.cli import account_commands as accounts
from shelter_desk.cli import appointment_commands as appointments
from shelter_desk.cli import case_commands as cases
from shelter_desk.cli import court_commands as courts
from shelter_desk.cli import maintenance_commands as maint
from shelter_desk.cli import record_commands as records
from shelter_desk.cli import report_commands as reports
from shelter_desk.cli import server_commands as server
from shelter_desk.cli.context import CliContext
from shelter_desk.cli.i18n import tr_, translate_argparse
from shelter_desk.domain.vocabulary import (
    AppointmentKind,
    ClientStatus,
    ExploitationForm,
    HearingType,
    Phase,
)
from shelter_desk.domain.wall_clock import ClockChange
from shelter_desk.i18n import QT_TRANSLATE_NOOP, fill
from shelter_desk.i18n.error_text import describe
from shelter_desk.reports.signing import SigningError, WrongPassphrase, WrongPin
from shelter_desk.services.errors import ConsentMissing, PermissionDenied, ValidationError
from shelter_desk.services.setup import KNOWN_SHELTERS
from shelter_desk.store.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseMissing,
    DataFolderReadOnly,
    DiskFull,
    KeySlotFileDamaged,
    LoginAgain,
    NotInitialised,
    StoreError,
    WrongCredentials,
)
from shelter_desk.store.faults import translate_os_error, translate_sqlite_error
from shelter_desk.store.server.faults import ServerRefused

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CREDENTIALS = 3
EXIT_DAMAGED = 4  # also: missing, empty or not a database; `check` found a problem
EXIT_DENIED = 5
EXIT_READ_ONLY = 6
EXIT_DISK_FULL = 7
EXIT_BUSY = 8
EXIT_INTERNAL = 70

# Store errors with an exit status of their own (docs/cli.md); other StoreErrors exit 1.
_STORE_EXITS: tuple[tuple[type[BaseException], int], ...] = (
    (WrongCredentials, EXIT_CREDENTIALS),
    (LoginAgain, EXIT_CREDENTIALS),
    (DatabaseDamaged, EXIT_DAMAGED),
    (KeySlotFileDamaged, EXIT_DAMAGED),
    (DatabaseMissing, EXIT_DAMAGED),
    (NotInitialised, EXIT_DAMAGED),
    (DataFolderReadOnly, EXIT_READ_ONLY),
    (DiskFull, EXIT_DISK_FULL),
    (DatabaseBusy, EXIT_BUSY),
    (ServerRefused, EXIT_DENIED),
)

Command = Callable[[CliContext, argparse.Namespace], int]


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=tr_("", "the data folder (default: $SHELTER_DESK_DATA_DIR or the "
                             "platform's user data folder)"))
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help=tr_("", "log in as this user (the password is asked for)"))
    common.add_argument("--password-stdin", action="store_true", default=argparse.SUPPRESS,
                        help=tr_("", "read passwords from standard input, one per line, instead of "
                             "prompting (for scripts)"))
    common.add_argument("--recovery", action="store_true", default=argparse.SUPPRESS,
                        help=tr_("", "open with the recovery code instead of a user's password"))
    return common


def _verification_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--trust", metavar="ROOT.pem", help=tr_("", "the shelter's exported trust root"))
    p.add_argument("--signer", metavar="SHA256", type=reports.fingerprint_argument,
                   help=tr_("", "the fingerprint of the shelter's signing certificate: anything "
                              "signed by another certificate does not verify"))
    p.add_argument("--tsa-trust", metavar="TSA-ROOT.pem", help=tr_("",
        "root certificate(s) of timestamp authorities, trusted for timestamps only"))


def build_parser() -> argparse.ArgumentParser:
    translate_argparse()
    common = _common()
    parser = argparse.ArgumentParser(
        prog="shelter-desk",
        parents=[common],
        description=tr_("", "Case files for specialised shelters for victims of human trafficking. "
                          "With no command, the desktop application opens."),
        epilog=tr_("", "Exit status: 0 ok, 1 error or unusable input, 2 usage, 3 wrong user name "
                     "or password, 4 database missing or damaged, a failed check or a document "
                     "that does not verify, 5 not allowed, 6 data folder read-only, 7 disk full, "
                     "8 database busy."),
    )
    parser.add_argument("--version", action="version", version=f"shelter-desk {__version__}")
    parser.add_argument("--self-test", action="store_true", help=tr_("",
        "check that this installation works (in a temporary folder, never touching the data) "
        "and exit: 0 when every check passed"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common],
                       help=tr_("", "create the database and its first director"))
    p.add_argument("--shelter", required=True,
                   help=fill(tr_("", "the shelter's name ({names} or another)"),
                             names=", ".join(KNOWN_SHELTERS)))
    p.add_argument("--display-name",
                   help=tr_("", "the director's full name (default: the user name)"))
    p.add_argument("--language", default="en", choices=["en", "nl", "fr"],
                   help=tr_("", "the director's language"))
    p.add_argument("--city", help=tr_("",
        "where the shelter signs its reports (default: the known shelters' cities)"))
    p.set_defaults(func=accounts.cmd_init)

    p = sub.add_parser("check", parents=[common],
                       help=tr_("", "check the database's integrity and the audit trail"))
    p.add_argument("--anchor", metavar="LENGTH:HASH",
                   help=tr_("", "also prove the audit trail still holds what a report or export "
                        "recorded (its anchor)"))
    p.add_argument("--trust", metavar="ROOT.pem", help=tr_("",
        "check the seals against this trust root (the one exported for the prosecutor's "
        "office) instead of the one in the database"))
    p.set_defaults(func=maint.cmd_check)

    p = sub.add_parser("users", parents=[common],
                       help=tr_("", "list, add, remove or reset accounts"))
    users_sub = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    q = users_sub.add_parser("list", parents=[common], help=tr_("", "list the accounts"))
    q.add_argument("--all", action="store_true", help=tr_("", "include removed accounts"))
    q = users_sub.add_parser("add", parents=[common],
                             help=tr_("", "add an account (asks its password)"))
    q.add_argument("name")
    q.add_argument("--role", action="append", choices=["counsellor", "director", "administrator"],
                   help=tr_("", "repeat for several roles (default: counsellor)"))
    q.add_argument("--display-name")
    q.add_argument("--language", default="en", choices=["en", "nl", "fr"])
    q = users_sub.add_parser("remove", parents=[common],
                             help=tr_("", "remove an account and re-encrypt the database"))
    q.add_argument("name")
    q.add_argument("--reason", help=tr_("", "why (kept in the audit trail)"))
    q = users_sub.add_parser("reset", parents=[common],
                             help=tr_("", "set a new password for someone"))
    q.add_argument("name")
    p.set_defaults(func=accounts.cmd_users)

    p = sub.add_parser("passwd", parents=[common], help=tr_("", "change your own password"))
    p.set_defaults(func=accounts.cmd_passwd)

    p = sub.add_parser("recovery-code", parents=[common],
                       help=tr_("", "make a new recovery code (the old one stops working)"))
    p.set_defaults(func=accounts.cmd_recovery_code)

    p = sub.add_parser("backup", parents=[common], help=tr_("", "write an encrypted backup"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=maint.cmd_backup)

    p = sub.add_parser("demo", parents=[common],
                       help=tr_("", "create a demo database of synthetic clients (never real "
                                    "data)"))
    p.add_argument("--clients", type=int, default=300, metavar="N",
                   help=tr_("", "how many synthetic clients (default 300, at most 50000)"))
    p.set_defaults(func=cases.cmd_demo)

    p = sub.add_parser("clients", parents=[common], help=tr_("", "list clients (case codes)"))
    clients_sub = p.add_subparsers(dest="clients_command", metavar="ACTION", required=True)
    q = clients_sub.add_parser("list", parents=[common],
                               help=tr_("", "case code, status and counsellor per line"))
    q.add_argument("--search", metavar="TEXT", help=tr_("",
        "accent- and case-insensitive search in names, aliases and case codes"))
    q.add_argument("--names", action="store_true",
                   help=tr_("", "also print names (mind who is looking)"))
    q.add_argument("--status", choices=[s.value for s in ClientStatus], help=tr_("",
        "only clients in intake (not yet admitted), in the programme, or whose programme "
        "ended"))
    q.add_argument("--counsellor", metavar="USER", help=tr_("", "only this counsellor's clients"))
    q.add_argument("--phase", choices=[ph.value for ph in Phase],
                   help=tr_("", "only clients in this phase"))
    q.add_argument("--nationality", metavar="CC", type=cases.country_code,
                   help=tr_("", "only clients of this nationality (ISO 3166 code, e.g. NG)"))
    q.add_argument("--exploitation", metavar="FORM",
                   choices=[f.value for f in ExploitationForm],
                   help=tr_("", "only clients with this form of exploitation: %(choices)s"))
    q.add_argument("--overdue", action="store_true",
                   help=tr_("", "only clients with an overdue deadline"))
    q.add_argument("--intake-from", type=courts.iso_date, metavar="YYYY-MM-DD",
                   help=tr_("", "only clients taken in on or after this day"))
    q.add_argument("--intake-to", type=courts.iso_date, metavar="YYYY-MM-DD",
                   help=tr_("", "only clients taken in on or before this day"))
    q.set_defaults(check=cases.check_clients_list)
    p.set_defaults(func=cases.cmd_clients)

    p = sub.add_parser("court-dates", parents=[common],
                       help=tr_("", "add or list a client's court dates"))
    court_sub = p.add_subparsers(dest="court_command", metavar="ACTION", required=True)
    q = court_sub.add_parser("list", parents=[common], help=tr_("", "the client's court dates"))
    q.add_argument("case_code", metavar="CASECODE")
    q = court_sub.add_parser("add", parents=[common],
                             help=tr_("", "add a court date to the client's judicial case"))
    q.add_argument("case_code", metavar="CASECODE")
    q.add_argument("--court", required=True)
    q.add_argument("--date", required=True, type=courts.iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--time", type=courts.clock_time, metavar="HH:MM",
                   help=tr_("", "Belgian local time, as on the summons"))
    q.add_argument("--hearing", required=True, choices=[h.value for h in HearingType])
    q.add_argument("--clock-change", choices=[c.value for c in ClockChange],
                   help=tr_("", "on the night the clocks go back: before the change (summer "
                              "time) or after it (winter time); asked when needed"))
    q.add_argument("--must-attend", action="store_true",
                   help=tr_("", "the client must attend"))
    q.add_argument("--accompanied", action="store_true",
                   help=tr_("", "a counsellor accompanies the client"))
    q.add_argument("--interpreter", action="store_true", help=tr_("", "interpreter arranged"))
    q.add_argument("--case", type=int, metavar="ID",
                   help=tr_("", "which judicial case (default: the latest)"))
    p.set_defaults(func=courts.cmd_court_dates)

    p = sub.add_parser("appointments", parents=[common],
                       help=tr_("", "list the appointments planned, or plan one"))
    appt_sub = p.add_subparsers(dest="appointments_command", metavar="ACTION", required=True)
    q = appt_sub.add_parser("list", parents=[common], help=tr_("",
        "day and time, minutes, kind, case code, state and with whom, one appointment per "
        "line (no place, no note)"))
    q.add_argument("--from", dest="date_from", type=courts.iso_date, metavar="YYYY-MM-DD",
                   help=tr_("", "from this day (default: today)"))
    q.add_argument("--to", dest="date_to", type=courts.iso_date, metavar="YYYY-MM-DD",
                   help=tr_("", "to this day (default: two weeks)"))
    q.add_argument("--client", metavar="CASECODE", help=tr_("", "only this client's"))
    q.add_argument("--names", action="store_true",
                   help=tr_("", "also print names (mind who is looking)"))
    q = appt_sub.add_parser("add", parents=[common], help=tr_("",
        "plan an appointment: a counselling session or an accompaniment"))
    q.add_argument("case_code", metavar="CASECODE")
    q.add_argument("--date", required=True, type=courts.iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--time", required=True, type=courts.clock_time, metavar="HH:MM",
                   help=tr_("", "Brussels time, as planned"))
    q.add_argument("--minutes", type=int, default=60, help=tr_("", "how long (default: 60)"))
    q.add_argument("--kind", required=True, choices=[k.value for k in AppointmentKind])
    q.add_argument("--place", required=True, metavar="TEXT")
    q.add_argument("--with", dest="with_user", metavar="USER",
                   help=tr_("", "the counsellor (default: you)"))
    q.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=appointments.cmd_appointments)

    p = sub.add_parser("access", parents=[common], help=tr_("",
        "which colleagues a client's file is open to; open it to one, or close it (directors)"))
    access_sub = p.add_subparsers(dest="access_command", metavar="ACTION", required=True)
    q = access_sub.add_parser("list", parents=[common], help=tr_("",
        "user name, last day ('-': until closed again), opened on, reason; one per line"))
    q.add_argument("case_code", metavar="CASECODE")
    q = access_sub.add_parser("grant", parents=[common], help=tr_("",
        "open the file to a counsellor, for example to cover a leave"))
    q.add_argument("case_code", metavar="CASECODE")
    q.add_argument("--to", required=True, metavar="USER", help=tr_("", "the counsellor"))
    q.add_argument("--until", type=courts.iso_date, metavar="YYYY-MM-DD",
                   help=tr_("", "the last day (default: until closed again)"))
    q.add_argument("--reason", metavar="TEXT")
    q = access_sub.add_parser("revoke", parents=[common], help=tr_("",
        "close the file to the counsellor now"))
    q.add_argument("case_code", metavar="CASECODE")
    q.add_argument("--to", required=True, metavar="USER", help=tr_("", "the counsellor"))
    p.set_defaults(func=access.cmd_access)

    p = sub.add_parser("records", parents=[common],
                       help=tr_("", "list a client's records, or void one with the reason"))
    records_sub = p.add_subparsers(dest="records_command", metavar="ACTION", required=True)
    q = records_sub.add_parser("list", parents=[common], help=tr_("",
        "kind, number, date, category and whether voided, one record per line (no content)"))
    q.add_argument("case_code", metavar="CASECODE")
    q.add_argument("--kind", choices=list(records.KINDS), help=tr_("", "only records of this kind"))
    q.add_argument("--voided", action="store_true", help=tr_("", "only the voided records"))
    q = records_sub.add_parser("void", parents=[common], help=tr_("",
        "void a record entered in the wrong file or with wrong facts (its author or a "
        "director); it stays in the file, struck through, and counts nowhere"))
    q.add_argument("case_code", metavar="CASECODE")
    q.add_argument("kind", choices=list(records.KINDS), metavar="KIND")
    q.add_argument("id", type=int, metavar="ID", help=tr_("", "the number `records list` shows"))
    q.add_argument("--reason", required=True, metavar="TEXT", help=tr_("", "why (required)"))
    p.set_defaults(func=records.cmd_records)

    p = sub.add_parser("audit", parents=[common], help=tr_("", "the audit history's seals"))
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("seal", parents=[common], help=tr_("",
        "seal the audit history with the shelter's signature (directors; asks the PKCS#12 "
        "passphrase or the token PIN)"))
    audit_sub.add_parser("seals", parents=[common], help=tr_("", "list the seals"))
    p.set_defaults(func=maint.cmd_audit)

    p = sub.add_parser("report", parents=[common],
                       help=tr_("", "make a progress report (directors), signed with --sign"))
    p.add_argument("case_code", metavar="CASECODE")
    p.add_argument("--lang", required=True, choices=["nl", "fr", "en"],
                   help=tr_("", "the prosecutor's language"))
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--sign", action="store_true",
                   help=tr_("", "certify it with the shelter's signature"))
    p.add_argument("--identity", default="auto", choices=["auto", "include", "omit"],
                   help=tr_("", "auto: the identity if the client consented (default); include: "
                        "refuse without that consent; omit: the case code only"))
    p.set_defaults(func=reports.cmd_report)

    p = sub.add_parser("verify", parents=[common],
                       help=tr_("", "check a signed report: intact, trusted, unmodified"))
    p.add_argument("file", metavar="FILE.pdf")
    _verification_options(p)
    p.set_defaults(func=reports.cmd_verify)

    p = sub.add_parser("export", parents=[common],
                       help=tr_("", "the case file for the judicial authorities (directors)"))
    p.add_argument("case_code", metavar="CASECODE")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--encrypt", action="store_true",
                   help=tr_("", "AES-256 ZIP; a passphrase is printed, to be given by phone"))
    p.add_argument("--lang", default="nl", choices=["nl", "fr", "en"])
    p.add_argument("--identity", default="auto", choices=["auto", "include", "omit"])
    p.add_argument("--recipient", metavar="TEXT",
                   help=tr_("", "to whom it goes (kept in the audit trail)"))
    p.set_defaults(func=reports.cmd_export)

    p = sub.add_parser("verify-export", parents=[common], help=tr_("",
        "check a case file: every file as signed, nothing added or removed"))
    p.add_argument("file", metavar="FILE.zip")
    _verification_options(p)
    p.set_defaults(func=reports.cmd_verify_export)

    p = sub.add_parser("signing", parents=[common],
                       help=tr_("", "the shelter's signing identity (administrators)"))
    signing_sub = p.add_subparsers(dest="signing_command", metavar="ACTION", required=True)
    q = signing_sub.add_parser("show", parents=[common], help=tr_("", "the identity in use"))
    q = signing_sub.add_parser("import-p12", parents=[common],
                               help=tr_("", "import a PKCS#12 file (kept encrypted in the "
                                            "database)"))
    q.add_argument("file", metavar="FILE")
    q = signing_sub.add_parser("use-token", parents=[common],
                               help=tr_("", "sign with a PKCS#11 token, e.g. the Belgian eID"))
    q.add_argument("--module", required=True, metavar="LIB",
                   help=tr_("", "the PKCS#11 library (e.g. libbeidpkcs11.so)"))
    q.add_argument("--label", required=True, metavar="LABEL", help=tr_("", "the token's label"))
    q.add_argument("--key-label", default="Signature",
                   help=tr_("", "the signing key's label (eID: Signature)"))
    q.add_argument("--cert-label", default=None, help=tr_("", "the certificate's label (default: "
                                                      "the key's)"))
    q.add_argument("--chain", metavar="FILE.pem",
                   help=tr_("", "intermediate and root certificates"))
    q = signing_sub.add_parser("demo-identity", parents=[common],
                               help=tr_("", "generate a DEMO root and signing certificate (not for "
                                    "real use)"))
    q = signing_sub.add_parser("export-root", parents=[common],
                               help=tr_("", "write the trust root for the prosecutor's office"))
    q.add_argument("--out", required=True, metavar="ROOT.pem")
    q = signing_sub.add_parser("export-cert", parents=[common], help=tr_("",
        "write the shelter's signing certificate and its chain (to pin with --signer)"))
    q.add_argument("--out", required=True, metavar="FILE.pem")
    q = signing_sub.add_parser("tsa", parents=[common], help=tr_("",
        "timestamp signatures with an RFC 3161 timestamp authority (PAdES B-T, B-LT)"))
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--url", metavar="URL", help=tr_("", "the authority's address"))
    which.add_argument("--off", action="store_true", help=tr_("", "stop using one"))
    q.add_argument("--root", metavar="FILE.pem", help=tr_("",
        "the authority's root certificate (needed to embed revocation data, B-LT)"))
    q = signing_sub.add_parser("add-timestamp", parents=[common], help=tr_("",
        "add validation data and a document timestamp to a signed report (PAdES B-LTA)"))
    q.add_argument("file", metavar="FILE.pdf")
    q.add_argument("--out", metavar="FILE.pdf",
                   help=tr_("", "write the result here instead of over FILE.pdf"))
    p.set_defaults(func=reports.cmd_signing)

    server.add_parsers(sub, common, ", ".join(KNOWN_SHELTERS))

    p = sub.add_parser("restore", parents=[common],
                       help=tr_("", "replace the database with a backup (the current one is kept)"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=maint.cmd_restore)
    return parser


def _fail(message: str, status: int) -> int:
    print(f"shelter-desk: {message}", file=sys.stderr)
    return status


def _nothing_written(exc: BaseException) -> str:
    nothing = tr_("cli", "Nothing was written.")
    return f"{describe(exc, tr_)} {nothing}"


def _store_exit(exc: BaseException) -> int:
    for kind, status in _STORE_EXITS:
        if isinstance(exc, kind):
            return status
    return EXIT_ERROR


def run_command(args: argparse.Namespace) -> int:
    func: Command = args.func
    tolerant_output()
    quiet_libraries()
    check = getattr(args, "check", None)
    if check is not None:
        try:
            check(args)  # what argparse cannot see alone (an intake period ending too early)
        except ValidationError as exc:
            return _fail(describe(exc, tr_), EXIT_USAGE)
    ctx = CliContext.from_args(args)
    try:
        try:
            return func(ctx, args)
        except OSError as exc:
            raise translate_os_error(exc, ctx.data_dir) from exc
        except StoreError:
            raise
        except Exception as exc:
            found = translate_sqlite_error(exc, ctx.data_dir)
            if found is None:
                raise
            raise found from exc
    except (WrongPassphrase, WrongPin) as exc:
        return _fail(_nothing_written(exc), EXIT_CREDENTIALS)
    except (ConsentMissing, PermissionDenied) as exc:
        return _fail(describe(exc, tr_), EXIT_DENIED)
    except SigningError as exc:
        return _fail(_nothing_written(exc), EXIT_ERROR)
    except (ValidationError, StoreError) as exc:
        return _fail(describe(exc, tr_), _store_exit(exc))
    except KeyboardInterrupt:
        return _fail(tr_("cli", "cancelled; nothing more was changed."), 130)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{exc.strerror or type(exc).__name__}{where}", EXIT_ERROR)
    except Exception as exc:
        # Only the exception's type and where it happened: its message may hold personal data.
        frames = traceback.extract_tb(exc.__traceback__)
        last = frames[-1] if frames else None
        where = f"{type(exc).__name__} at {last.filename.rsplit('/', 1)[-1]}:{last.lineno}" \
            if last else type(exc).__name__
        return _fail(fill(tr_("cli", QT_TRANSLATE_NOOP(
            "cli", "internal error ({where}). Please report it.")), where=where), EXIT_INTERNAL)


def quiet_libraries() -> None:
    """pyHanko logs whole tracebacks for an untrusted certificate; the verdict says it all."""
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def tolerant_output() -> None:
    """A name the terminal cannot show comes out as '?', never as a crash: Windows consoles and
    LANG=C pipes cannot encode Ge'ez, Arabic or Chinese, and no name is worth exit 70."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error(tr_("cli", "no command given"))
    return run_command(args)
