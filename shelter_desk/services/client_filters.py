"""The client list's filters beyond search, status and counsellor: phase, nationality, form of
exploitation, intake period and "has an overdue item". One predicate for the list on screen
(ui/models/clients_table.py) and `clients list` on the command line.

`narrow` runs one list comprehension per filter that is set, without a function call per row:
the list on screen filters 5,000 clients as the person clicks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING

from shelter_desk.domain.vocabulary import ExploitationForm, Phase
from shelter_desk.services import validation as v
from shelter_desk.services.errors import ValidationError

if TYPE_CHECKING:
    from shelter_desk.services.clients import ClientSummary


@dataclass(frozen=True)
class ClientFilter:
    phase: Phase | None = None
    nationality: str | None = None  # ISO 3166 alpha-2, upper case
    exploitation: ExploitationForm | None = None
    intake_from: date | None = None
    intake_to: date | None = None
    overdue: bool = False

    def is_empty(self) -> bool:
        return self == ClientFilter()


def make(*, phase: object = None, nationality: object = None, exploitation: object = None,
         intake_from: object = None, intake_to: object = None, overdue: object = False
         ) -> ClientFilter:
    """A filter from what a person typed or chose; a wrong value raises ValidationError naming
    its field (a lower-case country code is taken in upper case)."""
    start = _day("intake_from", intake_from)
    end = _day("intake_to", intake_to)
    v.not_before("intake_to", end, "intake_from", start)
    return ClientFilter(
        phase=v.optional_choice("phase", phase or None, Phase),
        nationality=v.country("nationality", nationality) if nationality else None,
        exploitation=v.optional_choice("exploitation", exploitation or None, ExploitationForm),
        intake_from=start, intake_to=end, overdue=v.flag("overdue", overdue))


def _day(field: str, value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(field, v.NOT_DATE)


def narrow(rows: list[ClientSummary], f: ClientFilter, today: date) -> list[ClientSummary]:
    if f.phase is not None:
        phase = f.phase
        rows = [r for r in rows if r.phase == phase]
    if f.nationality:
        nationality = f.nationality
        rows = [r for r in rows if r.nationality == nationality]
    if f.exploitation is not None:
        form = f.exploitation
        rows = [r for r in rows if form in r.forms]
    if f.intake_from is not None:
        start = f.intake_from
        rows = [r for r in rows if r.intake_date >= start]
    if f.intake_to is not None:
        end = f.intake_to
        rows = [r for r in rows if r.intake_date <= end]
    if f.overdue:
        rows = [r for r in rows if r.next_deadline is not None and r.next_deadline.due < today]
    return rows


def to_dict(f: ClientFilter) -> dict[str, object]:
    """Plain values (for a saved view's JSON), the unset ones left out."""
    out: dict[str, object] = {}
    for key, value in asdict(f).items():
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, Phase | ExploitationForm):
            value = value.value
        if value not in (None, False, ""):
            out[key] = value
    return out


def from_dict(values: Mapping[str, object]) -> ClientFilter:
    """A saved view's filters; a value that no longer makes sense (a phase a later version
    renamed, a damaged entry) is left out rather than refusing the whole view."""
    kept: dict[str, object] = {}
    for key in ("phase", "nationality", "exploitation", "intake_from", "intake_to", "overdue"):
        if key in values:
            try:
                make(**{key: values[key]})
            except (ValidationError, TypeError):
                continue
            kept[key] = values[key]
    try:
        return make(**kept)
    except ValidationError:  # an intake period whose end came before its start
        kept.pop("intake_to", None)
        return make(**kept)
