"""Each person's saved views of the client list (a name and its filters), so that they follow
the person to another workstation. Sealed on a server, like every field a person writes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = sa.LargeBinary() if op.get_bind().dialect.name == "postgresql" else sa.Text()
    op.create_table(
        "saved_views",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", text, nullable=False),
        sa.Column("filters", text, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE",
                                name=op.f("fk_saved_views_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_views")),
    )
    op.create_index(op.f("ix_saved_views_user_id"), "saved_views", ["user_id"])


def downgrade() -> None:
    op.drop_table("saved_views")
