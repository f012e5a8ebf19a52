"""Kept deadlines name what they are about as codes, not English labels: the kept status is
emptied and rebuilt on the first read (services/status.py), as after any upgrade.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM client_deadlines")
    op.execute("DELETE FROM client_states")


def downgrade() -> None:
    # The older version reads labels: it too starts from empty kept rows and rebuilds them.
    op.execute("DELETE FROM client_deadlines")
    op.execute("DELETE FROM client_states")
