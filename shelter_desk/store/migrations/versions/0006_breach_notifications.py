"""Breaches and their notification: a notification reason for the breach of a programme
condition, and why a breach was not reported (else the dashboard keeps asking).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_OLD = ("document_request", "progress_report", "end_of_guidance", "contact_with_exploiters",
        "disappearance", "return")
_NEW = (*_OLD, "condition_breach")


def _reason(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="notificationreason", native_enum=False,
                   create_constraint=True, length=32)


def upgrade() -> None:
    with op.batch_alter_table("notifications") as batch:
        batch.alter_column("reason", existing_type=_reason(_OLD), type_=_reason(_NEW),
                           existing_nullable=False)
    with op.batch_alter_table("condition_checks") as batch:
        batch.add_column(sa.Column("not_notified_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("condition_checks") as batch:
        batch.drop_column("not_notified_reason")
    op.execute("DELETE FROM notifications WHERE reason = 'condition_breach'")
    with op.batch_alter_table("notifications") as batch:
        batch.alter_column("reason", existing_type=_reason(_NEW), type_=_reason(_OLD),
                           existing_nullable=False)
