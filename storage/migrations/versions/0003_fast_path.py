"""fast path: reputation table

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reputation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.String(500), nullable=False),
        sa.Column("seen", sa.Integer(), nullable=False),
        sa.Column("spam", sa.Float(), nullable=False),
        sa.Column("ham", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("kind", "key", name="uq_reputation"),
    )


def downgrade() -> None:
    op.drop_table("reputation")
