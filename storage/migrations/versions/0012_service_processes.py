"""service_processes, folder_leases, mail_jobs.claimed_by: several `run` processes
sharing one database (each folder watched by one of them; a job in one worker's hands)

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_processes",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "folder_leases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account", sa.String(200), nullable=False),
        sa.Column("folder", sa.String(500), nullable=False),
        sa.Column("process_id", sa.String(64), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("account", "folder", name="uq_folder_lease"),
    )
    with op.batch_alter_table("mail_jobs") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mail_jobs") as batch:
        batch.drop_column("claimed_at")
        batch.drop_column("claimed_by")
    op.drop_table("folder_leases")
    op.drop_table("service_processes")
