"""Where the shelter signs (its city, the signature's /Location) and its timestamp authority.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The three shelters' cities, for installations made before the city was asked.
KNOWN = {"payoke": "Antwerpen", "pag-asa": "Bruxelles", "surya": "Liège", "sürya": "Liège"}


def upgrade() -> None:
    with op.batch_alter_table("installation") as batch:
        batch.add_column(sa.Column("city", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("tsa_url", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("tsa_root_pem", sa.LargeBinary(), nullable=True))
    installation = sa.table("installation", sa.column("id"), sa.column("shelter_name"),
                            sa.column("city"))
    conn = op.get_bind()
    for row_id, name in conn.execute(sa.select(installation.c.id, installation.c.shelter_name)):
        city = KNOWN.get((name or "").strip().casefold())
        if city:
            conn.execute(installation.update().where(installation.c.id == row_id)
                         .values(city=city))


def downgrade() -> None:
    with op.batch_alter_table("installation") as batch:
        batch.drop_column("tsa_root_pem")
        batch.drop_column("tsa_url")
        batch.drop_column("city")
