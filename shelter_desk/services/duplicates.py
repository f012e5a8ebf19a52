"""Possible duplicates on intake: existing clients who may be the person being entered.

A match needs the same nationality, names alike once folded (services/folding.py: accents and
case ignored, word order free, a letter missing or a name left out forgiven; scripts are not
transliterated, so a name in Cyrillic or Arabic meets its Latin form only through an alias) and,
when both are known, birth years that agree (within two years when either date is estimated).

The counsellor sees the matches and decides; nothing is merged. A client out of their reach is
shown by case code and phase only, never by name, birth date or counsellor. On a team server the
names are sealed: the blind index (store/server/blind_index.py) picks the candidates whose names
are opened, and clients out of reach are matched by the server on the index alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from sqlalchemy import select, true

from shelter_desk.domain.vocabulary import BirthDatePrecision, Phase
from shelter_desk.models.clients import Client
from shelter_desk.models.status import ClientState
from shelter_desk.models.users import User
from shelter_desk.services import audit, status
from shelter_desk.services.clients import CLIENT_SPEC, ClientInput, _client_cross
from shelter_desk.services.folding import fold
from shelter_desk.services.guard import require_case_worker, sees_all, visible_clients
from shelter_desk.services.records import clean
from shelter_desk.services.workspace import Workspace

LIKE = 0.85  # names this alike (0..1) may be one person's
WORD_LIKE = 0.8  # a word of one name found in the other despite a letter or two
MOST = 8  # matches shown, the likeliest first: a common surname must not bury the right one
CHECK = "client.duplicates.check"


@dataclass(frozen=True)
class PossibleDuplicate:
    case_code: str
    phase: Phase
    likeness: float  # 0..1
    # Only for a client in the actor's reach; None for one of another counsellor.
    client_id: int | None = None
    name: str | None = None
    counsellor: str | None = None
    birth_year: int | None = None

    @property
    def in_reach(self) -> bool:
        return self.client_id is not None


def name_variants(first_names: str, last_name: str, aliases: Sequence[str]) -> list[str]:
    """The folded forms of a name worth comparing: the full name and each alias of two words
    or more (one word, a first name or a nickname, would find half the shelter)."""
    out: list[str] = []
    for text in (f"{first_names} {last_name}", *aliases):
        folded = fold(text)
        if len(folded.split()) >= 2 and folded not in out:
            out.append(folded)
    return out


def _stored_variants(key: str) -> list[str]:
    # The search key holds, a line each: case code, first names, last name, the full name, the
    # aliases (services/clients.py _apply_client); the full name onward are names to compare.
    return [line for line in key.split("\n")[3:] if len(line.split()) >= 2]


def _alike(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def likeness(a: str, b: str) -> float:
    """How alike two folded names are: word order ignored; a name of two words or more whose
    every word is in the other (a second first name left out) counts as alike."""
    wa, wb = a.split(), b.split()
    score = _alike(" ".join(sorted(wa)), " ".join(sorted(wb)))
    short, long_ = sorted((wa, wb), key=len)
    if 2 <= len(short) < len(long_) and all(
            max(_alike(w, x) for x in long_) >= WORD_LIKE for w in short):
        score = max(score, LIKE + 0.05)
    return score


def _years_agree(a: date | None, a_exact: bool, b: date | None, b_exact: bool) -> bool | None:
    if a is None or b is None:
        return None
    return abs(a.year - b.year) <= (0 if a_exact and b_exact else 2)


def _exact(precision: BirthDatePrecision | str) -> bool:
    return BirthDatePrecision(precision) != BirthDatePrecision.ESTIMATED


def possible_duplicates(ws: Workspace, data: ClientInput) -> list[PossibleDuplicate]:
    """Existing clients who may be the one `data` describes, the likeliest first (at most
    MOST). The check is recorded in the audit trail with the case codes found, no names."""
    require_case_worker(ws, "client.intake")
    values = clean(CLIENT_SPEC, data, _client_cross)
    wanted = name_variants(values["first_names"], values["last_name"], values["aliases"])
    born, exact = values["birth_date"], _exact(values["birth_date_precision"])
    found: dict[str, PossibleDuplicate] = {}
    with ws.session() as session:
        status.settle(session)
        if wanted:
            counsellors = dict(session.execute(select(User.id, User.display_name)).all())
            reach = {cid for (cid,) in session.execute(
                select(Client.id).where(visible_clients(ws),
                                        Client.nationality == values["nationality"]))}
            # A counsellor's own clients are few, and under row-level security the index's
            # per-row policy costs more than opening their names: the index narrows a
            # director's search only.
            names_like = ws.store.lookalike_names(wanted, values["nationality"]) \
                if sees_all(ws) else true()
            rows = session.execute(
                select(Client.id, Client.case_code, Client.first_names, Client.last_name,
                       Client.birth_date, Client.birth_date_precision, Client.counsellor_id,
                       Client.search_key, ClientState.phase)
                .join(ClientState, ClientState.client_id == Client.id)
                .where(Client.nationality == values["nationality"], names_like))
            for cid, code, first, last, their_birth, precision, counsellor, key, phase in rows:
                agree = _years_agree(born, exact, their_birth, _exact(precision))
                score = max((likeness(w, s) for w in wanted for s in _stored_variants(key)),
                            default=0.0)
                if agree is False or score < LIKE:
                    continue
                score = min(1.0, score + (0.05 if agree else 0.0))
                if cid in reach:
                    found[code] = PossibleDuplicate(
                        code, Phase(phase), score, cid, f"{first} {last}",
                        counsellors.get(counsellor, "") if counsellor else "",
                        their_birth.year if their_birth else None)
                else:
                    found[code] = PossibleDuplicate(code, Phase(phase), score)
            for code, phase, share in ws.store.lookalikes_out_of_reach(
                    session, wanted, values["nationality"]):
                if code not in found:
                    found[code] = PossibleDuplicate(code, Phase(phase), share)
        matches = sorted(found.values(), key=lambda d: (-d.likeness, d.case_code))[:MOST]
        audit.record(session, ws.actor, CHECK, target=str(len(matches)),
                     reason=", ".join(d.case_code for d in matches) or None)
    return matches
