"""Person sort key: the default order of person lists, read from an index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 20:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.db.models.contacts import sort_key

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 10_000


def upgrade() -> None:
    key_type = sa.String(length=210).with_variant(sa.String(length=210, collation="C"), "postgresql")
    op.add_column('person', sa.Column('sort_key', key_type, server_default=sa.text("''"), nullable=False))
    # The key is the fold of Python's table (desktop.db.folding), so it is filled from here.
    conn = op.get_bind()
    person = sa.table('person', sa.column('id'), sa.column('last_name'), sa.column('first_name'),
                      sa.column('sort_key'))
    update = (
        sa.update(person)
        .where(person.c.id == sa.bindparam('person_id'))
        .values(sort_key=sa.bindparam('key'))
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(person.c.id, person.c.last_name, person.c.first_name)
            .where(person.c.id > last).order_by(person.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        conn.execute(update, [{'person_id': i, 'key': sort_key(ln, fn)} for i, ln, fn in rows])
        last = rows[-1][0]
    op.create_index('ix_person_sort_key', 'person', ['sort_key', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_person_sort_key', table_name='person')
    with op.batch_alter_table('person') as batch_op:
        batch_op.drop_column('sort_key')
