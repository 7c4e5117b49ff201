"""monitor_samples: the service's own CPU, memory, queue and model latency over time

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monitor_samples",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cpu_percent", sa.Float(), nullable=False),
        sa.Column("rss_mb", sa.Float(), nullable=False),
        sa.Column("model_cpu_percent", sa.Float(), nullable=True),
        sa.Column("model_rss_mb", sa.Float(), nullable=True),
        sa.Column("queue_depth", sa.Integer(), nullable=False),
        sa.Column("judged", sa.Integer(), nullable=False),
        sa.Column("model_latency_ms", sa.Float(), nullable=True),
    )
    op.create_index("ix_monitor_samples_at", "monitor_samples", ["at"])


def downgrade() -> None:
    op.drop_index("ix_monitor_samples_at", "monitor_samples")
    op.drop_table("monitor_samples")
