"""The database triggers, installable again at any time.

SQLite cannot alter most of a table in place: Django's migrations rebuild the table (create a copy,
move the rows, drop the old one), and a dropped table takes its triggers with it. So any migration
that changes a table carrying a trigger ends with `install_triggers`, which drops and recreates
every trigger the workbench relies on, on SQLite and PostgreSQL alike (dropping first makes it safe
to run any number of times).
"""

from __future__ import annotations

import importlib

_CROSS_TABLE = importlib.import_module("annotations.migrations.0002_cross_table_triggers")

SQLITE_EVENTS_NEVER_DELETED = [
    "DROP TRIGGER IF EXISTS wb_event_never_deleted",
    """CREATE TRIGGER wb_event_never_deleted BEFORE DELETE ON annotations_event
       BEGIN SELECT RAISE(ABORT, 'the event history cannot be deleted'); END""",
]
# PostgreSQL's TRUNCATE (which `manage.py flush` uses) needs the table owner's rights; only DELETE is refused.
POSTGRES_EVENTS_NEVER_DELETED = [
    "DROP TRIGGER IF EXISTS wb_event_never_deleted ON annotations_event",
    """CREATE OR REPLACE FUNCTION wb_event_never_deleted() RETURNS trigger AS $$
       BEGIN
         RAISE EXCEPTION 'the event history cannot be deleted' USING ERRCODE = 'integrity_constraint_violation';
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER wb_event_never_deleted BEFORE DELETE ON annotations_event
       FOR EACH ROW EXECUTE FUNCTION wb_event_never_deleted()""",
]

STATEMENTS = {
    "sqlite": [*_CROSS_TABLE.SQLITE_DOWN, *_CROSS_TABLE.SQLITE_UP, *SQLITE_EVENTS_NEVER_DELETED],
    "postgresql": [*_CROSS_TABLE.POSTGRES_DOWN, *_CROSS_TABLE.POSTGRES_UP, *POSTGRES_EVENTS_NEVER_DELETED],
}


def install_triggers(apps, schema_editor) -> None:
    """A migration operation's function: (re)create every trigger on this database."""
    statements = STATEMENTS.get(schema_editor.connection.vendor)
    if statements is None:
        raise RuntimeError(f"no triggers written for {schema_editor.connection.vendor}")
    for statement in statements:
        schema_editor.execute(statement)


def trigger_names(connection) -> set[str]:
    """The names of the workbench's triggers present in this database (for tests and checks)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'wb_%'")
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'wb_%' AND NOT tgisinternal")
        return {row[0] for row in cursor.fetchall()}
