"""reputation.marked_at_s: when an entry was last marked, as a number SQL can decay from;
markers: how far corrections were learned when model files began to keep that

Revision ID: 0009
Revises: 0008
"""

from datetime import timezone

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

FEEDBACK_LEARNED_BEFORE = "feedback_learned_before_0009"  # storage.feedback reads it


def upgrade() -> None:
    with op.batch_alter_table("reputation") as batch:
        batch.add_column(sa.Column("marked_at_s", sa.Float(), nullable=True))
    # Until now marks were decayed from updated_at; carry it over, row by row (a portable
    # way to turn a stored datetime into Unix seconds on SQLite and PostgreSQL alike).
    bind = op.get_bind()
    table = sa.table("reputation", sa.column("id", sa.Integer), sa.column("updated_at", sa.DateTime(timezone=True)),
                     sa.column("marked_at_s", sa.Float))
    rows = bind.execute(sa.select(table.c.id, table.c.updated_at)).all()
    updates = [{"row_id": row.id, "at": (row.updated_at if row.updated_at.tzinfo else
                                        row.updated_at.replace(tzinfo=timezone.utc)).timestamp()}
               for row in rows if row.updated_at is not None]
    if updates:
        bind.execute(table.update().where(table.c.id == sa.bindparam("row_id")).values(marked_at_s=sa.bindparam("at")),
                     updates)

    # Model files saved before this release do not say which corrections they hold; the
    # code then learned each one as it was recorded, so they hold all recorded until now.
    markers = op.create_table("markers", sa.Column("name", sa.String(60), primary_key=True),
                              sa.Column("value", sa.Integer(), nullable=False))
    newest = bind.execute(sa.text("SELECT max(id) FROM feedback")).scalar() or 0
    bind.execute(markers.insert().values(name=FEEDBACK_LEARNED_BEFORE, value=newest))


def downgrade() -> None:
    op.drop_table("markers")
    with op.batch_alter_table("reputation") as batch:
        batch.drop_column("marked_at_s")
