"""The shelter's signing identity (PKCS#12, PKCS#11 token or demo), inside the database.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("certificate_pem", sa.LargeBinary(), nullable=False),
        sa.Column("chain_pem", sa.LargeBinary(), nullable=False),
        sa.Column("root_pem", sa.LargeBinary(), nullable=False),
        sa.Column("pkcs12_data", sa.LargeBinary(), nullable=True),
        sa.Column("demo_key_pem", sa.LargeBinary(), nullable=True),
        sa.Column("pkcs11_module", sa.String(length=500), nullable=True),
        sa.Column("pkcs11_token_label", sa.String(length=120), nullable=True),
        sa.Column("pkcs11_key_label", sa.String(length=120), nullable=True),
        sa.Column("pkcs11_cert_label", sa.String(length=120), nullable=True),
        sa.Column("set_up_at", sa.DateTime(), nullable=False),
        sa.Column("set_up_by", sa.String(length=32), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_signing_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_identity")),
    )


def downgrade() -> None:
    op.drop_table("signing_identity")
