"""appointments: counselling sessions planned and accompaniments (a hearing, the Immigration
Office, a doctor, the lawyer). `starts_at` is the Brussels wall-clock time, without a zone, so a
planned 10:00 stays 10:00 across a change of the clocks.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _sealed() -> sa.types.TypeEngine:  # type: ignore[type-arg]
    """Plain text on SQLCipher (the file is encrypted), ciphertext on a server
    (models/sealed.py)."""
    return sa.LargeBinary() if op.get_bind().dialect.name == "postgresql" else sa.Text()


def upgrade() -> None:
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("counselling", "hearing", "immigration_office", "medical",
                                  "lawyer", "other", name="appointmentkind", native_enum=False,
                                  create_constraint=True, length=32), nullable=False),
        sa.Column("place", _sealed(), nullable=False),
        sa.Column("note", _sealed(), nullable=True),
        sa.Column("with_user_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.Enum("planned", "held", "cancelled", name="appointmentstatus",
                                    native_enum=False, create_constraint=True, length=32),
                  nullable=False),
        sa.Column("cancel_reason", _sealed(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("changed_by", sa.String(length=32), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE",
                                name=op.f("fk_appointments_client_id_clients")),
        sa.ForeignKeyConstraint(["with_user_id"], ["users.id"],
                                name=op.f("fk_appointments_with_user_id_users")),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"],
                                name=op.f("fk_appointments_author_id_users")),
        sa.ForeignKeyConstraint(["session_id"], ["counselling_sessions.id"],
                                name=op.f("fk_appointments_session_id_counselling_sessions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    op.create_index(op.f("ix_appointments_client_id"), "appointments", ["client_id"])
    op.create_index(op.f("ix_appointments_starts_at"), "appointments", ["starts_at"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        raise RuntimeError("a server database is not downgraded: restore a backup instead")
    op.drop_table("appointments")
