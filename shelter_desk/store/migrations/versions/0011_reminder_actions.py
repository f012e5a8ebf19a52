"""reminder_actions: what staff did about a dashboard reminder (done, snoozed, handed to a
colleague, reopened), append-only.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from shelter_desk.store.migrations import append_only

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    note = sa.LargeBinary() if op.get_bind().dialect.name == "postgresql" else sa.Text()
    op.create_table(
        "reminder_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record", sa.String(length=64), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("step", sa.Enum("done", "snoozed", "assigned", "reopened",
                                  name="reminderstep", native_enum=False,
                                  create_constraint=True, length=32), nullable=False),
        sa.Column("note", note, nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE",
                                name=op.f("fk_reminder_actions_client_id_clients")),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"],
                                name=op.f("fk_reminder_actions_assignee_id_users")),
        sa.ForeignKeyConstraint(["by_id"], ["users.id"],
                                name=op.f("fk_reminder_actions_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_actions")),
    )
    op.create_index(op.f("ix_reminder_actions_client_id"), "reminder_actions", ["client_id"])
    op.create_index("ix_reminder_actions_due", "reminder_actions", ["due"])
    append_only.refuse("reminder_actions", "reminder_actions_no_update", "UPDATE",
                       "reminder actions")
    append_only.refuse("reminder_actions", "reminder_actions_no_delete", "DELETE",
                       "reminder actions")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        raise RuntimeError("a server database is not downgraded: restore a backup instead")
    append_only.drop("reminder_actions", "reminder_actions_no_delete")
    append_only.drop("reminder_actions", "reminder_actions_no_update")
    op.drop_table("reminder_actions")
