"""Template versions: every import of a letter template is kept, the template holds the current one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:28:52
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('template_version',
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=260), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('imported_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['template.id'], name=op.f('fk_template_version_template_id_template'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_version')),
    sa.UniqueConstraint('template_id', 'revision', name=op.f('uq_template_version_template_id_revision'))
    )
    # Templates imported before versions existed: their current state becomes their first
    # version, so a run can always read the revision it started with.
    template = sa.table('template', sa.column('id'), sa.column('revision'), sa.column('content'),
                        sa.column('sha256'), sa.column('filename'), sa.column('imported_at'),
                        sa.column('updated_by'))
    version = sa.table('template_version', sa.column('template_id'), sa.column('revision'), sa.column('content'),
                       sa.column('sha256'), sa.column('filename'), sa.column('imported_at'),
                       sa.column('imported_by'))
    op.execute(version.insert().from_select(
        ['template_id', 'revision', 'content', 'sha256', 'filename', 'imported_at', 'imported_by'],
        sa.select(template.c.id, template.c.revision, template.c.content, template.c.sha256, template.c.filename,
                  template.c.imported_at, template.c.updated_by),
    ))


def downgrade() -> None:
    op.drop_table('template_version')
