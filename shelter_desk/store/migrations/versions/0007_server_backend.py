"""Several people at once, and the shelter's server.

- Every editable record gets `version` (its saves, counted: a save of a stale copy is refused),
  `changed_by` and `changed_at` (whose save it was), on both backends.
- On PostgreSQL only: the personal columns become bytea (AES-256-GCM ciphertext sealed on the
  workstation, models/sealed.py), and the server's own tables: the key slots (sealed like the
  local slot file), the installation's identity and the blind index of names.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED = (
    "clients", "access_grants", "referrals", "exploitations", "programme_ends",
    "counselling_sessions", "condition_checks", "autonomy_goals", "goal_milestones",
    "notifications", "judicial_cases", "court_dates", "residence_documents", "users",
    "installation", "signing_identity",
)

SEALED = {
    "clients": ("first_names", "last_name", "birth_date", "guardian_name", "guardian_contact",
                "search_key"),
    "client_aliases": ("alias",),
    "access_grants": ("reason",),
    "referrals": ("service_detail", "indicators"),
    "exploitations": ("description",),
    "programme_ends": ("note",),
    "counselling_sessions": ("confidential_notes",),
    "consent_events": ("witness", "document_reference", "note"),
    "condition_checks": ("evidence", "assessment", "not_notified_reason"),
    "autonomy_goals": ("description",),
    "goal_milestones": ("description",),
    "notifications": ("reference", "note"),
    "judicial_cases": ("reference_magistrate", "pv_number", "case_number", "lawyer", "notes"),
    "court_dates": ("notes",),
    "residence_documents": ("reference", "notes"),
    "signing_identity": ("demo_key_pem",),
    "audit_log": ("reason", "recipient"),
}


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))
            batch.add_column(sa.Column("changed_by", sa.String(length=32), nullable=True))
            batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in SEALED.items():
        for column in columns:
            # Only a new server runs this, with no rows: nothing to convert.
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE bytea USING NULL")
    op.create_table(
        "server_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("database_id", sa.String(length=64), nullable=False),
        sa.Column("role_prefix", sa.String(length=40), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_server_meta_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_meta")),
    )
    op.create_table(
        "key_slots",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_key_slots")),
    )
    op.create_table(
        "name_tokens",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE",
                                name=op.f("fk_name_tokens_client_id_clients")),
        sa.PrimaryKeyConstraint("client_id", "bucket", name=op.f("pk_name_tokens")),
    )
    op.create_index(op.f("ix_name_tokens_bucket"), "name_tokens", ["bucket"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        raise RuntimeError("a server database is not downgraded: restore a backup instead")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
            batch.drop_column("version")
