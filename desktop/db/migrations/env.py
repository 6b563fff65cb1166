"""Alembic environment: always online, on the engine handed over by desktop.db.migrate."""

from __future__ import annotations

from alembic import context

from desktop.db.models import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write UTCDateTime as a plain timezone-aware DateTime, so revisions never import models."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    progress = config.attributes.get("progress")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things; batch mode copies the table instead.
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            render_item=render_item,
            on_version_apply=(
                (lambda *, step, **_: progress(step.up_revision_id)) if progress else None
            ),
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Kampagnen migrations run online only: use 'kampagnen db upgrade'.")
run_migrations_online()
