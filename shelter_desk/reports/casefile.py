"""The case file for the judicial authorities: one ZIP with the signed progress report,
case.json (schema docs/case-file-schema.md, version 1), the court dates as iCalendar, a
manifest with every file's SHA-256, and a detached CMS signature of the manifest.
Optionally AES-256 encrypted (WinZip AES, opened by 7-Zip and WinZip)."""

from __future__ import annotations

import hashlib
import io
import json
import re
import secrets
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pyzipper
from icalendar import Calendar, Event

from shelter_desk.domain import wall_clock
from shelter_desk.domain.courts import court_name
from shelter_desk.domain.labelled import LABEL_CONTEXT
from shelter_desk.i18n import QT_TRANSLATE_NOOP, Message
from shelter_desk.i18n.catalogue import Catalogue
from shelter_desk.reports.data import Hearing, ReportData
from shelter_desk.reports.signing import sign_detached
from shelter_desk.reports.untrusted_text import printable
from shelter_desk.reports.verification import Verdict, finding, verify_detached, verify_pdf

FORMAT = "shelter_desk-case-file"
SCHEMA_VERSION = 1
REPORT = "progress-report.pdf"
CASE_JSON = "case.json"
CALENDAR = "court-dates.ics"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"
BRUSSELS = ZoneInfo("Europe/Brussels")
HEARING_LENGTH = timedelta(hours=2)  # a calendar entry's length; a summons gives no end
# What a case file may hold. A real one is a few hundred kilobytes; anything far beyond is not
# one of ours, and reading it must not take the verifier's memory.
MAX_CASE_FILE_BYTES = 256 * 1024 * 1024
MAX_ENTRY_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 256 * 1024
MAX_ENTRIES = 16
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_CHUNK = 64 * 1024
# What reading a damaged or forged archive raises: the standard library's errors and pyzipper's
# own copies of them (its BadZipFile is a class of its own).
_DAMAGED = (zipfile.BadZipFile, pyzipper.BadZipFile, zlib.error, EOFError, ValueError, OSError,
            KeyError, NotImplementedError, struct.error)
_SYMBOLS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read out by phone


def new_passphrase() -> str:
    """Six groups of four: about 119 bits, easy to read out over the phone."""
    return "-".join("".join(secrets.choice(_SYMBOLS) for _ in range(4)) for _ in range(6))


def _d(value: Any) -> str | None:
    return value.isoformat() if value else None


def _instant(h: Hearing) -> dict[str, Any]:
    """The instant a court date's time means, in UTC, and Brussels' offset from UTC then: on
    the night the clocks go back, "02:30" alone names two instants an hour apart."""
    moment = h.instant()
    if moment is None:
        return {"at_utc": None, "utc_offset": None, "clock_change": None}
    offset = moment.astimezone(BRUSSELS).strftime("%z")
    change = h.clock_change()
    return {"at_utc": moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "utc_offset": f"{offset[:3]}:{offset[3:]}",
            "clock_change": change.value if change else None}


def case_json(data: ReportData) -> dict[str, Any]:
    """What the consent allows, as plain JSON (codes, not translated labels)."""
    ident = data.identity
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "generated_at": data.generated_at.isoformat(timespec="seconds"),
        "shelter": data.shelter,
        "language": data.language,
        "case_code": data.case_code,
        "synthetic": data.synthetic,
        "identity": None if ident is None else {
            "first_names": ident.first_names,
            "last_name": ident.last_name,
            "aliases": list(ident.aliases),
            "birth_date": _d(ident.birth_date),
            "birth_year_only": ident.birth_year_only,
            "nationality": ident.nationality,
            "languages": list(ident.languages),
        },
        "consent": [{"purpose": c.purpose.value, "granted": c.granted, "since": _d(c.since),
                     "given_on": _d(c.given_on), "renewed_on": _d(c.renewed_on)}
                    for c in data.consent],
        "consent_basis": {"report": data.basis.value, "identity": data.identity_basis.value},
        "programme": {"intake_date": _d(data.intake_date), "phase": data.phase.value,
                      "period_end": _d(data.period_end)},
        "residence_document": None if data.document is None else {
            "type": data.document.value, "issued_on": _d(data.document_issued),
            "expires_on": _d(data.document_expires)},
        "conditions": [{
            "condition": c.condition.value,
            "latest_status": c.latest.value if c.latest else None,
            "latest_check": _d(c.latest_on),
            "checks": c.checks,
            "issues": [{"date": _d(i.checked_on), "status": i.status.value,
                        "evidence": i.evidence, "prosecutor_notified": i.notified_prosecutor}
                       for i in c.issues],
        } for c in data.conditions],
        "counselling": {
            "sessions": data.attendance.total,
            "since": _d(data.attendance.since),
            "by_kind": {k.value: n for k, n in data.attendance.by_kind},
            "recent_dates": [_d(x) for x in data.attendance.recent_dates],
            "interviews_stopped_by_client": data.attendance.client_stopped,
        },
        "judicial": [{"office": j.office.value, "district": j.district, "stage": j.stage.value,
                      "pv_number": j.pv_number, "case_number": j.case_number,
                      "standing": j.standing.value} for j in data.judicial],
        "court_dates": [{"date": _d(h.on_date),
                         "time": h.at_time.strftime("%H:%M") if h.at_time else None,
                         **_instant(h),
                         "court": h.court, "hearing_type": h.hearing_type.value,
                         "attendance_required": h.attendance_required, "attended": h.attended,
                         "outcome": h.outcome.value}
                        for h in data.hearings],
        "goals": [{"domain": g.domain.value, "description": g.description,
                   "status": g.status.value, "progress": g.progress,
                   "target_date": _d(g.target_date)} for g in data.goals],
        "audit_anchor": {"length": data.audit_length, "head": data.audit_head},
    }


def _calendar_time(moment: datetime) -> datetime:
    """Brussels local time (TZID=Europe/Brussels) as on the summons, except in the hour that
    happens twice when the clocks go back: a local time there names two instants (RFC 5545
    takes the first, some calendars the second), so it is written in UTC ("...Z")."""
    local = moment.astimezone(BRUSSELS)
    if wall_clock.kind(local.date(), local.time()) == wall_clock.WallTime.TWICE:
        return moment.astimezone(UTC)
    return local


def court_calendar(data: ReportData) -> bytes | None:
    """The court dates as iCalendar, in the report's language, with the Europe/Brussels time
    zone defined in the file (calendars need the VTIMEZONE a TZID refers to). The case code
    only: a calendar travels further. None when there is no court date."""
    if not data.hearings:
        return None
    cat = Catalogue(data.language)
    cal = Calendar()
    cal.add("prodid", "-//shelter_desk//case file//EN")
    cal.add("version", "2.0")
    for n, h in enumerate(data.hearings, 1):
        event = Event()
        event.add("uid", f"{data.case_code}-{n}-{h.on_date.isoformat()}@shelter-desk")
        event.add("summary", f"{cat.tr(LABEL_CONTEXT, h.hearing_type.label)} — {data.case_code}")
        event.add("location", court_name(h.court, data.language))
        start = h.instant()
        if start is not None:
            # Counted in real time (two hours later, whatever the clocks do that night).
            event.add("dtstart", _calendar_time(start))
            event.add("dtend", _calendar_time(start + HEARING_LENGTH))
        else:
            event.add("dtstart", h.on_date)
        event.add("dtstamp", data.generated_at)
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


# What every entry's headers say, and nothing else: the checker refuses any other value, so no
# text or data can travel in a case file outside its signed entries (a ZIP comment, an entry
# comment, an extra field, a changed date that unzip -l would show).
ENTRY_SYSTEM = 3  # "made on Unix", on every platform: it gives the permissions below meaning
ENTRY_PERMISSIONS = 0o100644 << 16  # a regular file, rw-r--r--, as unzip restores it
AES_EXTRA = struct.pack("<HHH2sBH", 0x9901, 7, 2, b"AE", 3, zipfile.ZIP_DEFLATED)  # AE-2, 256


def made_at(moment: datetime) -> datetime:
    """When the case file was made, as its entries carry it: Brussels time (what unzip and
    7-Zip show), to the two seconds a ZIP date holds."""
    local = moment.astimezone(BRUSSELS).replace(microsecond=0)
    return local.replace(second=local.second - local.second % 2)


def _entry_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    local = made_at(moment)
    return local.year, local.month, local.day, local.hour, local.minute, local.second


def build_zip(files: dict[str, bytes], manifest: bytes, signature: bytes,
              passphrase: str | None, made: datetime) -> bytes:
    """The archive, every entry dated `made` (Brussels time) with fixed attributes, no
    comment and no extra field but the AES one an encrypted entry needs."""
    buffer = io.BytesIO()
    if passphrase:
        archive: zipfile.ZipFile = pyzipper.AESZipFile(
            buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
        archive.setpassword(passphrase.encode())
    else:
        archive = zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED)
    entry_info = getattr(archive, "zipinfo_cls", zipfile.ZipInfo)  # pyzipper's own class
    with archive:
        for name, content in [*files.items(), (MANIFEST, manifest), (SIGNATURE, signature)]:
            info = entry_info(name, date_time=_entry_time(made))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = ENTRY_SYSTEM
            info.external_attr = ENTRY_PERMISSIONS
            archive.writestr(info, content)
    return buffer.getvalue()


def manifest_for(case_code: str, files: dict[str, bytes], anchor: str,
                 made: datetime) -> bytes:
    doc = {
        "format": FORMAT, "version": SCHEMA_VERSION, "case_code": case_code,
        "audit_anchor": anchor, "made_at": made_at(made).isoformat(),
        "files": {name: {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
                  for name, content in sorted(files.items())},
    }
    return json.dumps(doc, indent=2, sort_keys=True).encode() + b"\n"


def assemble(signed_report: bytes, data: ReportData, signer: Any,
             passphrase: str | None, tsa_url: str | None = None) -> bytes:
    files = {
        REPORT: signed_report,
        CASE_JSON: json.dumps(case_json(data), indent=2, ensure_ascii=False).encode() + b"\n",
    }
    calendar = court_calendar(data)
    if calendar is not None:
        files[CALENDAR] = calendar
    made = data.generated_at
    manifest = manifest_for(data.case_code, files, f"{data.audit_length}:{data.audit_head}",
                            made)
    return build_zip(files, manifest, sign_detached(manifest, signer, tsa_url), passphrase,
                     made)


# -- checking a case file ---------------------------------------------------------------------
# What checking a case file can find, in words a prosecutor reads (translated by the front ends).
ENCRYPTED = QT_TRANSLATE_NOOP("verification", "the file is encrypted: give the passphrase")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("verification", "the passphrase is not correct")
UNREADABLE_ZIP = QT_TRANSLATE_NOOP("verification", "not a readable case-file ZIP")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "verification", "the file is too large to be a case file ({size} MB)")
UNREADABLE_MANIFEST = QT_TRANSLATE_NOOP("verification", "the manifest is not readable")
MISSING_MANIFEST = QT_TRANSLATE_NOOP("verification", "the manifest or its signature is missing")
IN_MANIFEST = QT_TRANSLATE_NOOP("verification", "manifest: {problem}")
IN_FILE = QT_TRANSLATE_NOOP("verification", "{name}: {problem}")
ADDED = QT_TRANSLATE_NOOP("verification", "{name}: added after the case file was made")
REMOVED = QT_TRANSLATE_NOOP("verification", "{name}: removed")
CHANGED = QT_TRANSLATE_NOOP("verification", "{name}: changed")
DUPLICATE = QT_TRANSLATE_NOOP(
    "verification", "{name}: the archive holds this name more than once (a forged copy can hide "
    "behind the real one)")
UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "verification", "{name}: a path a case file never holds (folders, '..', drive letters, "
    "backslashes or control characters)")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "verification", "{name}: not encrypted, in an encrypted case file (anyone could have put "
    "it there)")
TOO_MANY = QT_TRANSLATE_NOOP(
    "verification", "the archive holds {count} entries; the manifest lists {listed}")
OVERSIZED = QT_TRANSLATE_NOOP(
    "verification", "{name}: larger than the manifest says (a forged or inflating entry)")
DAMAGED = QT_TRANSLATE_NOOP(
    "verification", "{name}: damaged (its data does not decompress or decrypt correctly)")
HIDDEN_DATA = QT_TRANSLATE_NOOP(
    "verification", "the archive holds data outside its entries (before, between or over them)")
ARCHIVE_COMMENT = QT_TRANSLATE_NOOP(
    "verification", "the archive carries a comment: text outside the signed entries, which "
    "unzip and 7-Zip show as if it were part of the case file")
ENTRY_COMMENT = QT_TRANSLATE_NOOP(
    "verification", "{name}: carries a comment: text outside the signed entries, which unzip "
    "and 7-Zip show beside it")
EXTRA_FIELD = QT_TRANSLATE_NOOP(
    "verification", "{name}: its header carries data a case file never holds (an extra field)")
HEADERS_DIFFER = QT_TRANSLATE_NOOP(
    "verification", "{name}: its own header and the archive's list of entries disagree")
ENTRY_DATE = QT_TRANSLATE_NOOP(
    "verification", "{name}: dated {date}, but the case file was made on {made} (Brussels "
    "time): the date was changed")
ENTRY_ATTRIBUTES = QT_TRANSLATE_NOOP(
    "verification", "{name}: file attributes a case file never has")
UNDATED = QT_TRANSLATE_NOOP(
    "verification", "made by an earlier version of shelter_desk: the entries' dates and "
    "attributes cannot be checked")


@dataclass(frozen=True)
class CaseFileVerdict:
    problems: tuple[str, ...]
    manifest: Verdict | None = None
    report: Verdict | None = None
    files: tuple[str, ...] = field(default_factory=tuple)
    case_code: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)  # worth knowing, not a rejection
    needs_passphrase: bool = False  # encrypted, and no passphrase was given
    unusable: bool = False  # the check could not be made (wrong passphrase): not a verdict

    @property
    def ok(self) -> bool:
        return (not self.problems and self.manifest is not None and self.manifest.ok
                and self.report is not None and self.report.ok)


class _Refused(Exception):
    def __init__(self, *problems: Message, unusable: bool = False) -> None:
        super().__init__()
        self.problems = problems
        self.unusable = unusable


def _is_encrypted(info: zipfile.ZipInfo) -> bool:
    return bool(info.flag_bits & 0x1)


def _check_names(infos: list[zipfile.ZipInfo]) -> None:
    seen: set[str] = set()
    problems: list[Message] = []
    for info in infos:
        name = info.filename
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            problems.append(finding(DUPLICATE, name=printable(name)))
        seen.add(key)
        if not _SAFE_NAME.fullmatch(name) or ".." in name:
            problems.append(finding(UNSAFE_NAME, name=printable(name)))
    if problems:
        raise _Refused(*problems)


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """Entries back to back from the first byte: no prefix, no gap, no overlap (overlapping
    entries are how small archives inflate to gigabytes), nothing but the directory after."""
    position = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != position:
            raise _Refused(finding(HIDDEN_DATA))
        header = data[position : position + 30]
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            raise _Refused(finding(HIDDEN_DATA))
        name_len = int.from_bytes(header[26:28], "little")
        extra_len = int.from_bytes(header[28:30], "little")
        position += 30 + name_len + extra_len + info.compress_size
        if info.flag_bits & 0x8:  # a data descriptor follows (optional signature, CRC, sizes)
            position += 16 if data[position : position + 4] == b"PK\x07\x08" else 12
    end = data.rfind(b"PK\x05\x06")
    record = data[end : end + 22] if end >= 0 else b""
    if len(record) < 22:
        raise _Refused(finding(HIDDEN_DATA))
    disk, directory_disk, here, total, size, start, comment = struct.unpack(
        "<HHHHIIH", record[4:22])
    if comment or end + 22 < len(data):
        raise _Refused(finding(ARCHIVE_COMMENT) if comment else finding(HIDDEN_DATA))
    if (start != position or start + size != end or disk or directory_disk
            or here != total or total != len(infos)):
        raise _Refused(finding(HIDDEN_DATA))


def _local_header(data: bytes, info: zipfile.ZipInfo) -> tuple[tuple[int, ...], bytes]:
    """An entry's own header (after _check_layout found it where the directory says): its
    date and time, as ZipInfo.date_time, and its extra field."""
    at = info.header_offset
    clock, day, name_len, extra_len = struct.unpack("<HH12xHH", data[at + 10 : at + 30])
    when = ((day >> 9) + 1980, (day >> 5) & 0xF, day & 0x1F, clock >> 11, (clock >> 5) & 0x3F,
            (clock & 0x1F) * 2)
    return when, data[at + 30 + name_len : at + 30 + name_len + extra_len]


def _check_headers(data: bytes, infos: list[zipfile.ZipInfo], encrypted: bool) -> None:
    """No comment, no extra field but the AES one an encrypted entry needs, and the entry's
    own header saying what the directory says (some tools show the one, some the other)."""
    expected_extra = AES_EXTRA if encrypted else b""
    problems: list[Message] = []
    for info in infos:
        name = printable(info.filename)
        when, extra = _local_header(data, info)
        if info.comment:
            problems.append(finding(ENTRY_COMMENT, name=name))
        if info.extra != expected_extra or extra != expected_extra:
            problems.append(finding(EXTRA_FIELD, name=name))
        elif when != info.date_time:
            problems.append(finding(HEADERS_DIFFER, name=name))
    if problems:
        raise _Refused(*problems)


def _check_dates(infos: list[zipfile.ZipInfo], made: datetime | None) -> tuple[list[str],
                                                                                 list[str]]:
    """(problems, notes): every entry dated when the manifest says the file was made, with
    the attributes the maker gives every entry."""
    if made is None:
        return [], [finding(UNDATED)]
    expected = _entry_time(made)
    problems: list[str] = []
    for info in infos:
        name = printable(info.filename)
        if info.date_time != expected:
            problems.append(finding(ENTRY_DATE, name=name, date=_shown(info.date_time),
                                    made=_shown(expected)))
        if info.external_attr != ENTRY_PERMISSIONS or info.create_system != ENTRY_SYSTEM:
            problems.append(finding(ENTRY_ATTRIBUTES, name=name))
    return problems, []


def _shown(when: tuple[int, ...]) -> str:
    year, month, day, hour, minute, second = when
    return f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}"


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int,
                  keep: bool) -> tuple[bytes, str]:
    """The entry's bytes (if `keep`) and SHA-256, reading at most `limit` bytes whatever its
    header claims; more is a forgery."""
    name = printable(info.filename)
    if info.file_size > limit:
        raise _Refused(finding(OVERSIZED, name=name))
    digest = hashlib.sha256()
    kept = bytearray()
    total = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise _Refused(finding(OVERSIZED, name=name))
                digest.update(chunk)
                if keep:
                    kept += chunk
    except RuntimeError as exc:  # pyzipper: a wrong password
        if "password" in str(exc).lower():
            raise _Refused(finding(WRONG_PASSPHRASE), unusable=True) from None
        raise _Refused(finding(DAMAGED, name=name)) from None
    except _DAMAGED:
        raise _Refused(finding(DAMAGED, name=name)) from None
    return bytes(kept), digest.hexdigest()


@dataclass(frozen=True)
class _Manifest:
    files: dict[str, dict[str, Any]]
    case_code: str
    made: datetime | None  # None in case files made before entries were dated by it


def _listed(manifest_bytes: bytes) -> _Manifest:
    try:
        manifest = json.loads(manifest_bytes)
        files = manifest["files"]
        if not isinstance(files, dict) or not all(
                isinstance(k, str) and isinstance(v, dict) and isinstance(v.get("size"), int)
                and isinstance(v.get("sha256"), str) for k, v in files.items()):
            raise TypeError
        made = manifest.get("made_at")
        when = datetime.fromisoformat(made) if made is not None else None
        if when is not None and when.tzinfo is None:
            raise ValueError
        return _Manifest(files, printable(str(manifest.get("case_code", ""))), when)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _Refused(finding(UNREADABLE_MANIFEST)) from None


def _open(data: bytes) -> tuple[pyzipper.AESZipFile, list[zipfile.ZipInfo]]:
    if len(data) > MAX_CASE_FILE_BYTES:
        raise _Refused(finding(TOO_LARGE, size=len(data) // (1024 * 1024)), unusable=True)
    try:
        archive = pyzipper.AESZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _DAMAGED:
        raise _Refused(finding(UNREADABLE_ZIP)) from None
    return archive, infos


def verify_case_file(data: bytes, roots_pem: bytes = b"", passphrase: str | None = None, *,
                     signer: str | None = None, tsa_roots_pem: bytes = b"") -> CaseFileVerdict:
    """Check a case file the way unzip and 7-Zip read it: every entry, once, in the manifest,
    as signed, and all encrypted when any is. Memory stays bounded whatever the input."""
    try:
        archive, infos = _open(data)
        if not infos:
            raise _Refused(finding(UNREADABLE_ZIP))
        if len(infos) > MAX_ENTRIES:
            raise _Refused(finding(TOO_MANY, count=len(infos), listed="?"))
        _check_names(infos)
        _check_layout(data, infos)
        encrypted = [i for i in infos if _is_encrypted(i)]
        if encrypted and len(encrypted) != len(infos):
            raise _Refused(*(finding(NOT_ENCRYPTED, name=printable(i.filename))
                             for i in infos if not _is_encrypted(i)))
        _check_headers(data, infos, bool(encrypted))
        if encrypted and not passphrase:
            return CaseFileVerdict((finding(ENCRYPTED),), needs_passphrase=True, unusable=True)
        if encrypted:
            archive.setpassword(passphrase.encode())  # type: ignore[union-attr]
        by_name = {i.filename: i for i in infos}
        if MANIFEST not in by_name or SIGNATURE not in by_name:
            raise _Refused(finding(MISSING_MANIFEST))
        manifest_bytes, _ = _read_bounded(archive, by_name[MANIFEST], MAX_MANIFEST_BYTES, True)
        signature, _ = _read_bounded(archive, by_name[SIGNATURE], MAX_SIGNATURE_BYTES, True)
        return _check_contents(archive, by_name, _listed(manifest_bytes), manifest_bytes,
                               signature, roots_pem, signer, tsa_roots_pem)
    except _Refused as refused:
        return CaseFileVerdict(refused.problems, unusable=refused.unusable)


def _check_contents(archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo],
                    manifest: _Manifest, manifest_bytes: bytes, signature: bytes,
                    roots_pem: bytes, signer: str | None,
                    tsa_roots_pem: bytes) -> CaseFileVerdict:
    listed = manifest.files
    problems, notes = _check_dates(list(by_name.values()), manifest.made)
    contents = set(by_name) - {MANIFEST, SIGNATURE}
    if len(contents) > len(listed):
        problems.append(finding(TOO_MANY, count=len(by_name), listed=len(listed) + 2))
    manifest_verdict = verify_detached(manifest_bytes, signature, roots_pem, signer=signer,
                                       tsa_roots_pem=tsa_roots_pem)
    problems += [finding(IN_MANIFEST, problem=p) for p in manifest_verdict.problems]
    problems += [finding(ADDED, name=printable(n)) for n in sorted(contents - set(listed))]
    problems += [finding(REMOVED, name=printable(n)) for n in sorted(set(listed) - contents)]
    report_bytes = b""
    for name in sorted(set(listed) & contents):
        expected = listed[name]
        limit = min(max(expected["size"], 0), MAX_ENTRY_BYTES)
        try:
            body, digest = _read_bounded(archive, by_name[name], limit, keep=name == REPORT)
        except _Refused as refused:
            if refused.unusable:
                raise
            problems += refused.problems
            continue
        if digest != expected["sha256"]:
            problems.append(finding(CHANGED, name=printable(name)))
        elif name == REPORT:
            report_bytes = body
    report_verdict = None
    if report_bytes:
        report_verdict = verify_pdf(report_bytes, roots_pem, signer=signer,
                                    tsa_roots_pem=tsa_roots_pem)
        problems += [finding(IN_FILE, name=REPORT, problem=p) for p in report_verdict.problems]
    elif REPORT not in listed:
        problems.append(finding(REMOVED, name=REPORT))
    return CaseFileVerdict(tuple(problems), manifest_verdict, report_verdict,
                           tuple(printable(n) for n in sorted(contents)), manifest.case_code,
                           tuple(notes))

