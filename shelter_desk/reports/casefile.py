"""The case file for the judicial authorities: one ZIP with the signed progress report,
case.json (schema docs/case-file-schema.md, version 1), the court dates as iCalendar, a
manifest with every file's SHA-256, and a detached CMS signature of the manifest.
Optionally AES-256 encrypted (WinZip AES, opened by 7-Zip and WinZip)."""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pyzipper
from icalendar import Calendar, Event

from shelter_desk.domain.labelled import LABEL_CONTEXT
from shelter_desk.i18n import QT_TRANSLATE_NOOP
from shelter_desk.reports.catalogue import Catalogue
from shelter_desk.reports.data import ReportData
from shelter_desk.reports.signing import sign_detached
from shelter_desk.reports.verification import Verdict, finding, verify_detached, verify_pdf

FORMAT = "shelter_desk-case-file"
SCHEMA_VERSION = 1
REPORT = "progress-report.pdf"
CASE_JSON = "case.json"
CALENDAR = "court-dates.ics"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"
BRUSSELS = ZoneInfo("Europe/Brussels")
_SYMBOLS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read out by phone


def new_passphrase() -> str:
    """Six groups of four: about 119 bits, easy to read out over the phone."""
    return "-".join("".join(secrets.choice(_SYMBOLS) for _ in range(4)) for _ in range(6))


def _d(value: Any) -> str | None:
    return value.isoformat() if value else None


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
        "consent": [{"purpose": c.purpose.value, "granted": c.granted, "since": _d(c.since)}
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
                         "court": h.court, "hearing_type": h.hearing_type.value,
                         "attendance_required": h.attendance_required, "attended": h.attended,
                         "outcome": h.outcome.value}
                        for h in data.hearings],
        "goals": [{"domain": g.domain.value, "description": g.description,
                   "status": g.status.value, "progress": g.progress,
                   "target_date": _d(g.target_date)} for g in data.goals],
        "audit_anchor": {"length": data.audit_length, "head": data.audit_head},
    }


def court_calendar(data: ReportData) -> bytes:
    """The court dates as iCalendar, in the report's language. The case code only: a calendar
    travels further."""
    cat = Catalogue(data.language)
    cal = Calendar()
    cal.add("prodid", "-//shelter_desk//case file//EN")
    cal.add("version", "2.0")
    for n, h in enumerate(data.hearings, 1):
        event = Event()
        event.add("uid", f"{data.case_code}-{n}-{h.on_date.isoformat()}@shelter-desk")
        event.add("summary", f"{cat.tr(LABEL_CONTEXT, h.hearing_type.label)} — {data.case_code}")
        event.add("location", h.court)
        if h.at_time:
            start = datetime.combine(h.on_date, h.at_time, tzinfo=BRUSSELS)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(hours=2))
        else:
            event.add("dtstart", h.on_date)
        event.add("dtstamp", data.generated_at)
        cal.add_component(event)
    return bytes(cal.to_ical())


def build_zip(files: dict[str, bytes], manifest: bytes, signature: bytes,
              passphrase: str | None) -> bytes:
    buffer = io.BytesIO()
    if passphrase:
        archive: zipfile.ZipFile = pyzipper.AESZipFile(
            buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
        archive.setpassword(passphrase.encode())
    else:
        archive = zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED)
    with archive:
        for name, content in files.items():
            archive.writestr(name, content)
        archive.writestr(MANIFEST, manifest)
        archive.writestr(SIGNATURE, signature)
    return buffer.getvalue()


def manifest_for(case_code: str, files: dict[str, bytes], anchor: str) -> bytes:
    doc = {
        "format": FORMAT, "version": SCHEMA_VERSION, "case_code": case_code,
        "audit_anchor": anchor,
        "files": {name: {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
                  for name, content in sorted(files.items())},
    }
    return json.dumps(doc, indent=2, sort_keys=True).encode() + b"\n"


def assemble(signed_report: bytes, data: ReportData, signer: Any,
             passphrase: str | None) -> bytes:
    files = {
        REPORT: signed_report,
        CASE_JSON: json.dumps(case_json(data), indent=2, ensure_ascii=False).encode() + b"\n",
        CALENDAR: court_calendar(data),
    }
    manifest = manifest_for(data.case_code, files, f"{data.audit_length}:{data.audit_head}")
    return build_zip(files, manifest, sign_detached(manifest, signer), passphrase)


@dataclass(frozen=True)
class CaseFileVerdict:
    problems: tuple[str, ...]
    manifest: Verdict | None = None
    report: Verdict | None = None
    files: tuple[str, ...] = field(default_factory=tuple)
    case_code: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


# What checking a case file can find, in words a prosecutor reads (translated by the front ends).
ENCRYPTED = QT_TRANSLATE_NOOP("verification", "the file is encrypted: give the passphrase")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("verification", "the passphrase is not correct")
UNREADABLE_ZIP = QT_TRANSLATE_NOOP("verification", "not a readable case-file ZIP")
UNREADABLE_MANIFEST = QT_TRANSLATE_NOOP("verification", "the manifest is not readable")
IN_MANIFEST = QT_TRANSLATE_NOOP("verification", "manifest: {problem}")
IN_FILE = QT_TRANSLATE_NOOP("verification", "{name}: {problem}")
ADDED = QT_TRANSLATE_NOOP("verification", "{name}: added after the case file was made")
REMOVED = QT_TRANSLATE_NOOP("verification", "{name}: removed")
CHANGED = QT_TRANSLATE_NOOP("verification", "{name}: changed")


def verify_case_file(data: bytes, roots_pem: bytes = b"",
                     passphrase: str | None = None) -> CaseFileVerdict:
    try:
        archive = pyzipper.AESZipFile(io.BytesIO(data))
        if passphrase:
            archive.setpassword(passphrase.encode())
        names = set(archive.namelist())
        if MANIFEST not in names or SIGNATURE not in names:
            return CaseFileVerdict(("the manifest or its signature is missing",))
        manifest_bytes = archive.read(MANIFEST)
        signature = archive.read(SIGNATURE)
        contents = {n: archive.read(n) for n in names - {MANIFEST, SIGNATURE}}
    except RuntimeError as exc:
        needs = "encrypted" in str(exc).lower() or "password" in str(exc).lower()
        return CaseFileVerdict((finding(ENCRYPTED) if needs and not passphrase
                                else finding(WRONG_PASSPHRASE),))
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return CaseFileVerdict((finding(UNREADABLE_ZIP),))
    problems: list[str] = []
    manifest_verdict = verify_detached(manifest_bytes, signature, roots_pem)
    if not manifest_verdict.ok:
        problems += [finding(IN_MANIFEST, problem=p) for p in manifest_verdict.problems]
    try:
        manifest = json.loads(manifest_bytes)
        listed: dict[str, Any] = manifest["files"]
        case_code = str(manifest.get("case_code", ""))
    except (ValueError, KeyError, TypeError):
        return CaseFileVerdict((finding(UNREADABLE_MANIFEST),), manifest_verdict)
    for name in sorted(set(contents) - set(listed)):
        problems.append(finding(ADDED, name=name))
    for name in sorted(set(listed) - set(contents)):
        problems.append(finding(REMOVED, name=name))
    for name in sorted(set(listed) & set(contents)):
        if hashlib.sha256(contents[name]).hexdigest() != listed[name].get("sha256"):
            problems.append(finding(CHANGED, name=name))
    report_verdict = None
    if REPORT in contents:
        report_verdict = verify_pdf(contents[REPORT], roots_pem)
        problems += [finding(IN_FILE, name=REPORT, problem=p) for p in report_verdict.problems]
    return CaseFileVerdict(tuple(problems), manifest_verdict, report_verdict,
                           tuple(sorted(contents)), case_code)
