"""access_grants.until: a file opened to a colleague for a period (cover during leave) closes
again by itself after that day; no date keeps it open until revoked.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("access_grants") as batch:
        batch.add_column(sa.Column("until", sa.Date(), nullable=True))


def downgrade() -> None:
    # The older version knows no end date: a grant whose period is over is revoked, so that
    # no file opens again by going back a version.
    op.execute("UPDATE access_grants SET revoked_at = CURRENT_TIMESTAMP "
               "WHERE until IS NOT NULL AND until < CURRENT_DATE AND revoked_at IS NULL")
    with op.batch_alter_table("access_grants") as batch:
        batch.drop_column("until")
