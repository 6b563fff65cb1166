"""Phone keys for the caller lookup; the response that created a task.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.db.phones import phone_key

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 10_000


def _fill(table: str, keys: dict[str, str]) -> None:
    """Fill the key columns of rows already there (``keys``: key column -> number column)."""
    conn = op.get_bind()
    numbers = list(keys.values())
    t = sa.table(table, sa.column('id'), sa.column('country'), *(sa.column(c) for c in [*keys, *numbers]))
    update = sa.update(t).where(t.c.id == sa.bindparam('row_id')).values(
        {key: sa.bindparam(f'new_{key}') for key in keys})
    last = 0
    while True:
        rows = conn.execute(
            sa.select(t.c.id, t.c.country, *(t.c[n] for n in numbers))
            .where(t.c.id > last).order_by(t.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        values = []
        for row in rows:
            value = {'row_id': row[0]}
            for i, key in enumerate(keys):
                value[f'new_{key}'] = phone_key(row[2 + i], row[1])
            values.append(value)
        conn.execute(update, values)
        last = rows[-1][0]


def upgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phone_key', sa.String(length=16), server_default=sa.text("''"),
                                      nullable=False))
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phone_key', sa.String(length=16), server_default=sa.text("''"),
                                      nullable=False))
        batch_op.add_column(sa.Column('mobile_key', sa.String(length=16), server_default=sa.text("''"),
                                      nullable=False))
    # The key is phonenumbers' reading of each number, so it is filled from here.
    _fill('organisation', {'phone_key': 'phone'})
    _fill('person', {'phone_key': 'phone', 'mobile_key': 'mobile'})
    op.create_index(op.f('ix_organisation_phone_key'), 'organisation', ['phone_key'], unique=False)
    op.create_index(op.f('ix_person_phone_key'), 'person', ['phone_key'], unique=False)
    op.create_index(op.f('ix_person_mobile_key'), 'person', ['mobile_key'], unique=False)
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('response_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_task_response_id'), ['response_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_task_response_id_response'), 'response', ['response_id'],
                                    ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_task_response_id_response'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_task_response_id'))
        batch_op.drop_column('response_id')
    op.drop_index(op.f('ix_person_mobile_key'), table_name='person')
    op.drop_index(op.f('ix_person_phone_key'), table_name='person')
    op.drop_index(op.f('ix_organisation_phone_key'), table_name='organisation')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('mobile_key')
        batch_op.drop_column('phone_key')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_column('phone_key')
