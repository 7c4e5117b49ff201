"""messages keep what the fast path needs to learn from a later correction

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("feature_hashes", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("reputation_keys", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("reputation_keys")
        batch.drop_column("feature_hashes")
