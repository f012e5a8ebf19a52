"""The client list's filters in the service (the command line's), and saved views: phase,
nationality, form of exploitation (voided records count nowhere), intake period, overdue; each
person's views, kept in the database and nobody else's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from shelter_desk.domain.vocabulary import ExploitationForm, Phase
from shelter_desk.models.base import utcnow
from shelter_desk.models.corrections import RecordVoid
from shelter_desk.models.intake import Exploitation
from shelter_desk.services import client_filters, clients, saved_views
from shelter_desk.services.errors import NotFound, ValidationError
from shelter_desk.services.workspace import Workspace
from tests.builders import AGO, TODAY, exploitation_input, new_client


def _ids(rows: list[clients.ClientSummary]) -> list[int]:
    return [r.id for r in rows]


def test_forms_of_exploitation_come_with_each_row(counsellor1: Workspace) -> None:
    elena = new_client(counsellor1)
    blessing = new_client(counsellor1, first_names="Blessing", last_name="Okafor",
                          nationality="NG", languages=["en"], aliases=[])
    clients.save_exploitation(counsellor1, blessing.id, exploitation_input(
        forms=[ExploitationForm.LABOUR, ExploitationForm.BEGGING], loverboy_method=False,
        sector="construction"))
    rows = {r.id: r for r in clients.list_clients(counsellor1)}
    assert rows[elena.id].forms == {ExploitationForm.SEXUAL}
    assert rows[blessing.id].forms == {ExploitationForm.SEXUAL, ExploitationForm.LABOUR,
                                       ExploitationForm.BEGGING}
    labour = client_filters.make(exploitation="labour")
    assert _ids(clients.list_clients(counsellor1, filters=labour)) == [blessing.id]


def test_a_voided_exploitation_record_counts_nowhere(counsellor1: Workspace) -> None:
    elena = new_client(counsellor1)
    with counsellor1.session() as session:
        record = session.query(Exploitation).filter_by(client_id=elena.id).one()
        session.add(RecordVoid(client_id=elena.id, table_name="exploitations",
                               record_id=record.id, voided_at=utcnow(), voided_by="counsellor1",
                               reason="entered in the wrong file"))
    row = clients.list_clients(counsellor1)[0]
    assert row.forms == frozenset()
    sexual = client_filters.make(exploitation=ExploitationForm.SEXUAL)
    assert clients.list_clients(counsellor1, filters=sexual) == []


def test_phase_nationality_and_intake_period(counsellor1: Workspace) -> None:
    elena = new_client(counsellor1)  # RO, taken in 200 days ago, in the programme
    blessing = new_client(counsellor1, first_names="Blessing", last_name="Okafor",
                          nationality="NG", languages=["en"], aliases=[],
                          intake_date=TODAY - timedelta(days=10))
    by = {r.id: r for r in clients.list_clients(counsellor1)}
    phase = by[elena.id].phase
    found = clients.list_clients(counsellor1, filters=client_filters.make(phase=phase.value))
    assert elena.id in _ids(found)
    other = next(p for p in Phase if p != phase)
    assert elena.id not in _ids(clients.list_clients(
        counsellor1, filters=client_filters.make(phase=other)))
    # A code typed in lower case is the same country.
    assert _ids(clients.list_clients(
        counsellor1, filters=client_filters.make(nationality="ng"))) == [blessing.id]
    recent = client_filters.make(intake_from=TODAY - timedelta(days=30))
    assert _ids(clients.list_clients(counsellor1, filters=recent)) == [blessing.id]
    # Both ends are included.
    exact = client_filters.make(intake_from=AGO, intake_to=AGO)
    assert _ids(clients.list_clients(counsellor1, filters=exact)) == [elena.id]
    # Combined with search and status as before.
    assert clients.list_clients(counsellor1, search="okafor",
                                filters=client_filters.make(nationality="RO")) == []


def test_overdue_is_a_deadline_before_today(counsellor1: Workspace) -> None:
    new_client(counsellor1)
    rows = clients.list_clients(counsellor1)
    overdue = [r.id for r in rows if r.next_deadline and r.next_deadline.due < TODAY]
    assert _ids(clients.list_clients(
        counsellor1, filters=client_filters.make(overdue=True))) == overdue
    # Seen from far in the future every client with a deadline is overdue.
    later = TODAY + timedelta(days=5000)
    future = clients.list_clients(counsellor1, filters=client_filters.make(overdue=True),
                                  today=later)
    assert _ids(future) == [r.id for r in clients.list_clients(counsellor1, today=later)
                            if r.next_deadline is not None]
    assert future, "the builder's client has deadlines"


@pytest.mark.parametrize(("values", "field"), [
    ({"phase": "holiday"}, "phase"),
    ({"nationality": "XX"}, "nationality"),
    ({"nationality": "Nigeria"}, "nationality"),
    ({"exploitation": "sexual,labour"}, "exploitation"),
    ({"intake_from": "31/12/2026"}, "intake_from"),
    ({"intake_from": "2026-02-30"}, "intake_from"),
    ({"intake_from": "2026-06-01", "intake_to": "2026-05-31"}, "intake_to"),
])
def test_wrong_values_are_refused_by_name(values: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        client_filters.make(**values)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_a_filter_survives_its_plain_form() -> None:
    f = client_filters.make(phase="a_card", nationality="ng", exploitation="labour",
                            intake_from="2026-01-01", intake_to="2026-06-30", overdue=True)
    assert client_filters.from_dict(client_filters.to_dict(f)) == f
    assert client_filters.to_dict(client_filters.ClientFilter()) == {}
    # What no longer makes sense is left out, not the whole view.
    damaged = client_filters.from_dict({"phase": "renamed", "nationality": 7,
                                        "intake_from": "2026-06-01", "intake_to": "2026-01-01"})
    assert damaged == client_filters.ClientFilter(intake_from=date(2026, 6, 1))


def test_saved_views_are_each_persons_own(counsellor1: Workspace, counsellor2: Workspace,
                                          director: Workspace) -> None:
    settings = saved_views.ViewSettings(
        status="in_programme", counsellor="",
        filters=client_filters.make(nationality="NG", overdue=True))
    kept = saved_views.save_view(counsellor1, "  Nigerian, overdue ", settings)
    assert kept.name == "Nigerian, overdue"
    assert saved_views.list_views(counsellor1) == [kept]
    assert kept.settings == settings
    assert saved_views.list_views(counsellor2) == []
    assert saved_views.list_views(director) == []
    # Somebody else's view cannot be deleted by its number.
    with pytest.raises(NotFound):
        saved_views.delete_view(counsellor2, kept.id)
    # The same name (case and accents aside) replaces.
    again = saved_views.save_view(counsellor1, "NIGERIAN, OVERDUE",
                                  replace(settings, status="open"))
    assert again.id == kept.id
    assert [v.settings.status for v in saved_views.list_views(counsellor1)] == ["open"]
    saved_views.save_view(counsellor1, "Évaluation", saved_views.ViewSettings())
    assert [v.name for v in saved_views.list_views(counsellor1)] == [
        "Évaluation", "NIGERIAN, OVERDUE"]
    saved_views.delete_view(counsellor1, kept.id)
    assert [v.name for v in saved_views.list_views(counsellor1)] == ["Évaluation"]
    with pytest.raises(NotFound):
        saved_views.delete_view(counsellor1, kept.id)


@pytest.mark.parametrize("name", ["", "   ", "x" * 61, "tab\there"])
def test_a_view_needs_a_name(counsellor1: Workspace, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        saved_views.save_view(counsellor1, name, saved_views.ViewSettings())
    assert caught.value.field == "view_name"
    assert saved_views.list_views(counsellor1) == []


def test_views_have_a_limit(counsellor1: Workspace) -> None:
    for i in range(saved_views.MAX_VIEWS):
        saved_views.save_view(counsellor1, f"view {i}", saved_views.ViewSettings())
    with pytest.raises(ValidationError):
        saved_views.save_view(counsellor1, "one too many", saved_views.ViewSettings())
    # Replacing one is still possible.
    saved_views.save_view(counsellor1, "view 3", saved_views.ViewSettings(status=""))


def test_a_damaged_view_opens_without_its_filters(counsellor1: Workspace) -> None:
    from shelter_desk.models.saved_views import SavedView

    kept = saved_views.save_view(counsellor1, "mine", saved_views.ViewSettings())
    with counsellor1.session() as session:
        session.get(SavedView, kept.id).filters = "{not json"  # type: ignore[union-attr]
    assert saved_views.list_views(counsellor1)[0].settings == saved_views.ViewSettings()
