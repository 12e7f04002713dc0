"""Plain multi-row INSERTs for the bulk-labelling hot path.

``bulk_create`` prepares every field of every object through several layers (about 0.1 ms a row
for an annotation or an event); a document's worth of rows is written here in a fraction of that.
Callers pass values already in database form (``adapt_datetime`` for timestamps, ``prepare_json``
for JSON), so the invariants stay where they are: in the services' checks and the database's
constraints and triggers, which these rows go through like any other.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connections, router
from django.db.models import Model

# SQLite's historical limit on bound parameters per statement; PostgreSQL allows far more.
MAX_PARAMETERS = 999


def _connection(model: type[Model]):
    return connections[router.db_for_write(model)]


def adapt_datetime(model: type[Model], value):
    return _connection(model).ops.adapt_datetimefield_value(value)


def prepare_json(model: type[Model], field_name: str, value):
    return model._meta.get_field(field_name).get_db_prep_save(value, _connection(model))


def _insert_head(model: type[Model], columns: Sequence[str]) -> str:
    quote = _connection(model).ops.quote_name
    return f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(c) for c in columns)}) VALUES "


def rows_insert(model: type[Model], columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    """Insert rows with one ``executemany``."""
    if not rows:
        return
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    with _connection(model).cursor() as cursor:
        cursor.executemany(_insert_head(model, columns) + placeholders, rows)


def rows_insert_returning_ids(model: type[Model], columns: Sequence[str], rows: Sequence[Sequence]) -> list[int]:
    """Insert rows with multi-row INSERTs and return their primary keys in the order given.

    Both SQLite (3.35+) and PostgreSQL return the rows of ``INSERT ... RETURNING`` in VALUES order,
    which Django's own ``bulk_create`` relies on too.
    """
    ids: list[int] = []
    per_statement = max(1, MAX_PARAMETERS // len(columns))
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    quote = _connection(model).ops.quote_name
    with _connection(model).cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            batch = rows[start : start + per_statement]
            sql = _insert_head(model, columns) + ", ".join([placeholders] * len(batch))
            cursor.execute(f"{sql} RETURNING {quote(model._meta.pk.column)}", [v for row in batch for v in row])
            ids += [row[0] for row in cursor.fetchall()]
    return ids


def adapt_date(model: type[Model], value):
    return _connection(model).ops.adapt_datefield_value(value)


def rows_insert_returning_keys(
    model: type[Model], columns: Sequence[str], rows: Sequence[Sequence], *, key: str, conflict: str
) -> dict:
    """Insert rows, skipping those that collide on the unique column ``conflict``.

    Returns ``{value of column key: primary key}`` for the rows this call inserted; a row another
    transaction stored first is left out (``ON CONFLICT DO NOTHING``, on SQLite 3.35+ and PostgreSQL).
    """
    inserted: dict = {}
    per_statement = max(1, MAX_PARAMETERS // len(columns))
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    quote = _connection(model).ops.quote_name
    tail = f" ON CONFLICT ({quote(conflict)}) DO NOTHING RETURNING {quote(model._meta.pk.column)}, {quote(key)}"
    with _connection(model).cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            batch = rows[start : start + per_statement]
            sql = _insert_head(model, columns) + ", ".join([placeholders] * len(batch)) + tail
            cursor.execute(sql, [v for row in batch for v in row])
            inserted.update((row_key, pk) for pk, row_key in cursor.fetchall())
    return inserted
