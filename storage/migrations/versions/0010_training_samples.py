"""training_samples: what `mailwarden train --account` read from an account's folders

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_samples",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account", sa.String(100), nullable=False),
        sa.Column("folder", sa.String(500), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("label", sa.String(4), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("feature_hashes", sa.JSON(), nullable=False),
        sa.Column("reputation_keys", sa.JSON(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("observed", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_training_location"),
    )
    op.create_index("ix_training_fingerprint", "training_samples", ["account", "fingerprint"])


def downgrade() -> None:
    op.drop_index("ix_training_fingerprint", table_name="training_samples")
    op.drop_table("training_samples")
