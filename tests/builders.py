"""Valid inputs for every service, with overrides: tests change only what they are about."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from shelter_desk.domain.vocabulary import (
    ConsentEventKind,
    ConsentForm,
    ConsentPurpose,
    DetectionBasis,
    ExploitationForm,
    Gender,
    ReferringService,
    ResidenceTrack,
    SessionKind,
    SessionPlace,
)
from shelter_desk.services import clients, consent, counselling
from shelter_desk.services.clock import today
from shelter_desk.services.workspace import Workspace

TODAY = today()
AGO = TODAY - timedelta(days=200)


def client_input(**over: Any) -> clients.ClientInput:
    base = clients.ClientInput(
        first_names="Elena",
        last_name="Stănescu",
        gender=Gender.FEMALE,
        nationality="RO",
        languages=["ro", "fr"],
        residence_track=ResidenceTrack.THIRD_COUNTRY,
        intake_date=AGO,
        birth_date=date(1996, 4, 2),
        aliases=["Lena", "Елена Стэнеску"],
    )
    return replace(base, **over)


def referral_input(**over: Any) -> clients.ReferralInput:
    base = clients.ReferralInput(
        referred_on=AGO - timedelta(days=2),
        service=ReferringService.POLICE,
        detection_basis=DetectionBasis.OWN_ACCOUNT,
        leaflet_language="ro",
        indicators="Synthetic test: passport withheld by employer.",
    )
    return replace(base, **over)


def exploitation_input(**over: Any) -> clients.ExploitationInput:
    base = clients.ExploitationInput(
        forms=[ExploitationForm.SEXUAL],
        countries=["RO", "BE"],
        loverboy_method=True,
        period_start=AGO - timedelta(days=400),
        period_end=AGO - timedelta(days=5),
    )
    return replace(base, **over)


def consent_input(
    purpose: ConsentPurpose = ConsentPurpose.PROGRAMME_SUPPORT,
    kind: ConsentEventKind = ConsentEventKind.GRANT,
    **over: Any,
) -> consent.ConsentInput:
    base = consent.ConsentInput(
        purpose=purpose,
        kind=kind,
        given_on=AGO,
        form=ConsentForm.WRITTEN,
        language="ro",
        interpreter=True,
        document_reference="CF-TEST-1",
    )
    return replace(base, **over)


def session_input(**over: Any) -> counselling.SessionInput:
    base = counselling.SessionInput(
        held_on=TODAY - timedelta(days=3),
        duration_minutes=60,
        kind=SessionKind.PSYCHOSOCIAL,
        place=SessionPlace.SHELTER,
        start_time=time(10, 30),
        interpreter_language="ro",
        client_asked_questions=True,
        confidential_notes="CONFIDENTIAL-NOTE-SENTINEL",
    )
    return replace(base, **over)


def new_client(ws: Workspace, **over: Any) -> clients.ClientSummary:
    """A client in the programme with programme-support consent."""
    return clients.intake(
        ws,
        client_input(**over),
        referral_input(outcome="admitted"),
        exploitation_input(),
        [consent_input()],
    )
