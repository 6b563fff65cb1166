"""The schema comes only from Alembic, and it is exactly the models' schema."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop.db.engine import Database
from desktop.db.errors import NotKampagnenDatabase, SchemaTooNew
from desktop.db.migrate import SchemaState, alembic_config, schema_state, upgrade
from desktop.db.models import Base


def test_upgrade_of_an_empty_database_gives_exactly_the_models_schema(empty_db: Database) -> None:
    assert schema_state(empty_db) is SchemaState.EMPTY
    upgrade(empty_db)
    assert schema_state(empty_db) is SchemaState.CURRENT
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        differences = compare_metadata(context, Base.metadata)
        tables = set(inspect(conn).get_table_names())
    assert differences == []
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_downgrade_to_nothing_and_back(empty_db: Database) -> None:
    upgrade(empty_db)
    command.downgrade(alembic_config(empty_db), "base")
    with empty_db.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    upgrade(empty_db)
    assert schema_state(empty_db) is SchemaState.CURRENT


def test_a_database_of_a_newer_program_is_recognised(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(SchemaTooNew):
        schema_state(db)


def test_a_foreign_database_is_not_taken_for_ours(empty_db: Database) -> None:
    with empty_db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    with pytest.raises(NotKampagnenDatabase):
        schema_state(empty_db)


def test_upgrade_gives_persons_already_there_their_sort_key(empty_db: Database) -> None:
    command.upgrade(alembic_config(empty_db), "0001")
    with empty_db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO person (id, code, salutation, title, first_name, name_prefix, last_name, function,"
            " department, mobile, letter_language, no_letter, no_email, no_phone, no_sms, deceased, notes,"
            " created_at, street, postcode, city, country, phone, email, row_version, updated_at, updated_by)"
            " VALUES (:id, :code, 'MS', '', :first, '', :last, '', '', '', 'de', false, false, false, false,"
            " false, '', CURRENT_TIMESTAMP, '', '', '', 'DE', '', '', 1, CURRENT_TIMESTAMP, 'x')"
        ), [{"id": 1, "code": "001", "first": "Änne", "last": "Müller"},
            {"id": 2, "code": "002", "first": "Jan", "last": "STRAßBURG"}])
    upgrade(empty_db)
    with empty_db.engine.connect() as conn:
        keys = conn.execute(text("SELECT sort_key FROM person ORDER BY id")).scalars().all()
    assert keys == ["muller\x1fanne", "strassburg\x1fjan"]


def test_upgrade_gives_templates_already_there_their_current_version(empty_db: Database) -> None:
    command.upgrade(alembic_config(empty_db), "0002")
    with empty_db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO template (id, name, description, language, filename, content, sha256, revision,"
            " imported_at, row_version, updated_at, updated_by)"
            " VALUES (7, 'Brief', '', 'de', 'Brief.docx', :content, 'abc', 3, CURRENT_TIMESTAMP, 4,"
            " CURRENT_TIMESTAMP, 'meier')"
        ), {"content": b"PK\x03\x04 a Word file"})
    upgrade(empty_db)
    with empty_db.engine.connect() as conn:
        versions = conn.execute(text(
            "SELECT template_id, revision, content, sha256, filename, imported_by FROM template_version")).all()
    assert [tuple(v) for v in versions] == [(7, 3, b"PK\x03\x04 a Word file", "abc", "Brief.docx", "meier")]


def test_upgrade_gives_phone_numbers_already_there_their_key(empty_db: Database) -> None:
    command.upgrade(alembic_config(empty_db), "0004")
    with empty_db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO organisation (id, code, name, name2, website, industry, created_at, street, postcode,"
            " city, country, phone, email, row_version, updated_at, updated_by)"
            " VALUES (3, 'O3', 'Firma', '', '', '', CURRENT_TIMESTAMP, '', '', '', 'NL', '020 - 123 45 67', '',"
            " 1, CURRENT_TIMESTAMP, 'x')"))
        conn.execute(text(
            "INSERT INTO person (id, code, salutation, title, first_name, name_prefix, last_name, function,"
            " department, mobile, letter_language, no_letter, no_email, no_phone, no_sms, deceased, notes,"
            " created_at, street, postcode, city, country, phone, email, row_version, updated_at, updated_by,"
            " sort_key)"
            " VALUES (1, '001', 'MS', '', 'Anna', '', 'Weber', '', '', '0151/2345678', 'de', false, false,"
            " false, false, false, '', CURRENT_TIMESTAMP, '', '', '', 'DE', '(0221) 12 34-56', '', 1,"
            " CURRENT_TIMESTAMP, 'x', '')"))
    upgrade(empty_db)
    with empty_db.engine.connect() as conn:
        person = conn.execute(text("SELECT phone_key, mobile_key FROM person")).one()
        organisation = conn.execute(text("SELECT phone_key FROM organisation")).scalar_one()
    assert tuple(person) == ("+49221123456", "+491512345678")
    assert organisation == "+31201234567"
