"""Each client's phase and deadlines, kept instead of recomputed (models/status.py).

Both tables start empty: a client without a row is computed on the first read, so an upgraded
database fills them as it is used (services/status.py).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Free text (a case plan's action) is sealed on a server, as models/sealed.py does.
    text = sa.LargeBinary() if op.get_bind().dialect.name == "postgresql" else sa.Text()
    op.create_table(
        "client_states",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=32), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.Column("stale_on", sa.Date(), nullable=True),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("next_kind", sa.String(length=32), nullable=True),
        sa.Column("next_detail", text, nullable=True),
        sa.Column("next_rule", sa.Text(), nullable=True),
        sa.Column("next_until", sa.Date(), nullable=True),
        sa.Column("next_record", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE",
                                name=op.f("fk_client_states_client_id_clients")),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_states")),
    )
    op.create_index(op.f("ix_client_states_stale_on"), "client_states", ["stale_on"])
    op.create_table(
        "client_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("detail", text, nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("record", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE",
                                name=op.f("fk_client_deadlines_client_id_clients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_deadlines")),
    )
    op.create_index(op.f("ix_client_deadlines_client_id"), "client_deadlines", ["client_id"])
    op.create_index("ix_client_deadlines_due", "client_deadlines", ["due", "until"])


def downgrade() -> None:
    op.drop_table("client_deadlines")
    op.drop_table("client_states")
