"""Sealed audit history, court dates as instants, search keys folded anew.

- audit_seals: signed (length, head, time) of the audit chain (services/seals.py).
- court_dates.at_utc: the instant of a hearing, so a time that happens twice on the night the
  clocks go back is not ambiguous. Existing rows get the first of the two (as zoneinfo reads a
  bare wall time), which is what they were taken to mean until now.
- clients.search_key: recomputed with the folding that writes Đ, Ł, Ø, Æ, Œ, ß, ı plainly and
  drops ZWNJ/ZWJ. The fold is copied here as it is at this revision, so later changes to
  services/folding.py need their own migration.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import unicodedata
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from shelter_desk.store.migrations import append_only

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_PLAIN = str.maketrans({
    "đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i",
    "ħ": "h", "ŧ": "t", "þ": "th", "ŀ": "l", "ĸ": "k", "ɨ": "i", "ƚ": "l", "ƀ": "b",
})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed
                       if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return " ".join(stripped.translate(_PLAIN).casefold().split())


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _as_time(value: object) -> time:
    return value if isinstance(value, time) else time.fromisoformat(str(value))


def upgrade() -> None:
    op.create_table(
        "audit_seals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(length=64), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("sealed_by", sa.String(length=32), nullable=False),
        sa.Column("occasion", sa.String(length=16), nullable=False),
        sa.Column("signer", sa.String(length=300), nullable=False),
        sa.Column("root_pem", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_seals")),
    )
    # Seals are appended, never changed (raw SQL can drop these; the signatures still hold).
    append_only.refuse("audit_seals", "audit_seals_no_update", "UPDATE", "audit seals")
    append_only.refuse("audit_seals", "audit_seals_no_delete", "DELETE", "audit seals")
    op.add_column("court_dates", sa.Column("at_utc", sa.DateTime(), nullable=True))

    conn = op.get_bind()
    brussels = ZoneInfo("Europe/Brussels")
    rows = conn.execute(sa.text(
        "SELECT id, on_date, at_time FROM court_dates WHERE at_time IS NOT NULL")).fetchall()
    for row_id, on, at in rows:
        local = datetime.combine(_as_date(on), _as_time(at), tzinfo=brussels)
        moment = local.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy writes
        conn.execute(sa.text("UPDATE court_dates SET at_utc = :m WHERE id = :i"),
                     {"m": moment, "i": row_id})

    names: dict[int, list[str]] = {}
    for client_id, alias in conn.execute(sa.text("SELECT client_id, alias FROM client_aliases")):
        names.setdefault(client_id, []).append(alias)
    clients = conn.execute(sa.text(
        "SELECT id, case_code, first_names, last_name FROM clients")).fetchall()
    for client_id, code, first, last in clients:
        parts = [code, first, last, f"{first} {last}", *names.get(client_id, [])]
        key = "\n".join(_fold(p) for p in parts if p)
        conn.execute(sa.text("UPDATE clients SET search_key = :k WHERE id = :i"),
                     {"k": key, "i": client_id})


def downgrade() -> None:
    with op.batch_alter_table("court_dates") as batch:
        batch.drop_column("at_utc")
    append_only.drop("audit_seals", "audit_seals_no_delete")
    append_only.drop("audit_seals", "audit_seals_no_update")
    op.drop_table("audit_seals")
