"""The case plan and case notes; voids and revisions.

- plan_actions: actions agreed with the client (owner, due date, open or done); open ones are
  deadlines on the dashboard. case_notes: calls, meetings with the lawyer, team decisions;
  confidential like session notes.
- record_voids: a record voided with its reason (it stays visible, struck through, and counts
  nowhere). record_revisions: the values a save replaced. Both append-only: a void is not
  undone and a kept value not rewritten.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-09
"""

import sqlalchemy as sa
from alembic import op

from shelter_desk.store.migrations import append_only

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

APPEND_ONLY = {"record_voids": "record voids", "record_revisions": "record revisions"}


def _sealed(length: int | None = None) -> sa.types.TypeEngine:  # type: ignore[type-arg]
    """Plain text on SQLCipher (the file is encrypted), ciphertext on a server
    (models/sealed.py)."""
    if op.get_bind().dialect.name == "postgresql":
        return sa.LargeBinary()
    return sa.String(length=length) if length else sa.Text()


def _versioned() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
            sa.Column("changed_by", sa.String(length=32), nullable=True),
            sa.Column("changed_at", sa.DateTime(), nullable=True)]


def _client(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE",
                                   name=op.f(f"fk_{table}_client_id_clients"))


def _user(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["users.id"],
                                   name=op.f(f"fk_{table}_{column}_users"))


def upgrade() -> None:
    op.create_table(
        "plan_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("action", _sealed(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.Enum("open", "done", name="actionstatus", native_enum=False,
                                    create_constraint=True, length=32), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        *_versioned(),
        _client("plan_actions"), _user("plan_actions", "owner_id"),
        _user("plan_actions", "author_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_actions")),
    )
    op.create_index(op.f("ix_plan_actions_client_id"), "plan_actions", ["client_id"])
    op.create_table(
        "case_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.Enum("phone_call", "lawyer_meeting", "team_decision", "other",
                                  name="notekind", native_enum=False, create_constraint=True,
                                  length=32), nullable=False),
        sa.Column("text", _sealed(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        *_versioned(),
        _client("case_notes"), _user("case_notes", "author_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_notes")),
    )
    op.create_index(op.f("ix_case_notes_client_id"), "case_notes", ["client_id"])
    op.create_table(
        "record_voids",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=False),
        sa.Column("voided_by", sa.String(length=32), nullable=False),
        sa.Column("reason", _sealed(), nullable=False),
        _client("record_voids"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_voids")),
        sa.UniqueConstraint("table_name", "record_id", name="uq_record_voids_record"),
    )
    op.create_index(op.f("ix_record_voids_client_id"), "record_voids", ["client_id"])
    op.create_table(
        "record_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=32), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
        sa.Column("changes", _sealed(), nullable=False),
        _client("record_revisions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_revisions")),
    )
    op.create_index(op.f("ix_record_revisions_client_id"), "record_revisions", ["client_id"])
    op.create_index("ix_record_revisions_record", "record_revisions",
                    ["table_name", "record_id"])
    for table, what in APPEND_ONLY.items():
        append_only.refuse(table, f"{table}_no_update", "UPDATE", what)
        append_only.refuse(table, f"{table}_no_delete", "DELETE", what)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        raise RuntimeError("a server database is not downgraded: restore a backup instead")
    for table in APPEND_ONLY:
        append_only.drop(table, f"{table}_no_delete")
        append_only.drop(table, f"{table}_no_update")
    for table in ("record_revisions", "record_voids", "case_notes", "plan_actions"):
        op.drop_table(table)
