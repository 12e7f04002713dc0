"""Plain multi-row INSERTs for the bulk-labelling hot path.

``bulk_create`` prepares every field of every object through several layers (about 0.1 ms a row
for an annotation or an event); a document's worth of rows is written here in a fraction of that.
Callers pass values already in database form (``adapt_datetime`` for timestamps, ``prepare_json``
for JSON), so the invariants stay where they are: in the services' checks and the database's
constraints and triggers, which these rows go through like any other.
"""

from __future__ import annotations

import sqlite3
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
    """A JSONField's value as its ``get_db_prep_save`` gives it (the layers in between only pass it on)."""
    return prepare_json_many(model, field_name, [value])[0]


def prepare_json_many(model: type[Model], field_name: str, values: Sequence) -> list:
    """``prepare_json`` of each value, with the connection and field looked up once."""
    adapt, encoder = _connection(model).ops.adapt_json_value, model._meta.get_field(field_name).encoder
    return [adapt(value, encoder) for value in values]


def _execute(cursor, sql: str, params: Sequence) -> None:
    """``cursor.execute(sql, params)`` for a statement of many ``%s`` parameters.

    On SQLite Django rewrites every ``%s`` into SQLite's ``?`` with a regular expression before the
    driver sees the statement: 0.15 us a parameter, a twentieth of an import's time. Unless queries are
    being logged or wrapped (debugging, query counting in tests), the statement goes to the driver with
    the markers already rewritten, through Django's error translation and its broken-transaction check.
    """
    connection = cursor.db
    if connection.vendor != "sqlite" or connection.queries_logged or connection.execute_wrappers:
        cursor.execute(sql, params)
        return
    connection.validate_no_broken_transaction()
    with connection.wrap_database_errors:
        sqlite3.Cursor.execute(cursor.cursor, sql.replace("%s", "?"), params)


def _insert_head(model: type[Model], columns: Sequence[str]) -> str:
    quote = _connection(model).ops.quote_name
    return f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(c) for c in columns)}) VALUES "


def _insert_statements(model: type[Model], columns: Sequence[str], rows: Sequence[Sequence], tail: str = ""):
    """``(sql, parameters)`` of the multi-row INSERTs writing ``rows``: as many rows a statement as
    ``MAX_PARAMETERS`` allows, ``tail`` (a conflict or RETURNING clause) after each."""
    per_statement = max(1, MAX_PARAMETERS // len(columns))
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    head = _insert_head(model, columns)
    for start in range(0, len(rows), per_statement):
        batch = rows[start : start + per_statement]
        yield head + ", ".join([placeholders] * len(batch)) + tail, [value for row in batch for value in row]


def rows_insert(model: type[Model], columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    """Insert rows: multi-row INSERTs on SQLite, ``COPY ... FROM STDIN`` on PostgreSQL.

    ``executemany`` runs one statement a row on both. On PostgreSQL an import's 60,000 sentences took
    5 s more; on SQLite every statement also starts the row triggers' programs and bumps the
    AUTOINCREMENT counter, about 8 us a row against 2-3 us in statements of many rows.
    Row triggers and constraints apply to copied rows as to inserted ones."""
    if not rows:
        return
    connection = _connection(model)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            quote = connection.ops.quote_name
            names = ", ".join(quote(column) for column in columns)
            # psycopg's own cursor: Django's checks and error translation (IntegrityError...) are done here.
            connection.validate_no_broken_transaction()
            with connection.wrap_database_errors:
                with cursor.cursor.copy(f"COPY {quote(model._meta.db_table)} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            return
        for sql, parameters in _insert_statements(model, columns, rows):
            _execute(cursor, sql, parameters)


def rows_insert_new(model: type[Model], columns: Sequence[str], rows: Sequence[Sequence], *, unique: Sequence[str]):
    """Insert the rows that are not there yet: ``ON CONFLICT (unique) DO NOTHING`` (SQLite 3.24+ and
    PostgreSQL), in multi-row statements."""
    if not rows:
        return
    quote = _connection(model).ops.quote_name
    tail = f" ON CONFLICT ({', '.join(quote(column) for column in unique)}) DO NOTHING"
    with _connection(model).cursor() as cursor:
        for sql, parameters in _insert_statements(model, columns, rows, tail):
            _execute(cursor, sql, parameters)


def rows_insert_returning_ids(model: type[Model], columns: Sequence[str], rows: Sequence[Sequence]) -> list[int]:
    """Insert rows with multi-row INSERTs and return their primary keys in the order given.

    Both SQLite (3.35+) and PostgreSQL return the rows of ``INSERT ... RETURNING`` in VALUES order,
    which Django's own ``bulk_create`` relies on too.
    """
    ids: list[int] = []
    tail = f" RETURNING {_connection(model).ops.quote_name(model._meta.pk.column)}"
    with _connection(model).cursor() as cursor:
        for sql, parameters in _insert_statements(model, columns, rows, tail):
            _execute(cursor, sql, parameters)
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
    quote = _connection(model).ops.quote_name
    tail = f" ON CONFLICT ({quote(conflict)}) DO NOTHING RETURNING {quote(model._meta.pk.column)}, {quote(key)}"
    with _connection(model).cursor() as cursor:
        for sql, parameters in _insert_statements(model, columns, rows, tail):
            _execute(cursor, sql, parameters)
            inserted.update((row_key, pk) for pk, row_key in cursor.fetchall())
    return inserted


# --- reads for the bulk-labelling path -----------------------------------------------------------
# The ORM spends more time building these small queries than the database spends answering them
# (about 0.3-0.6 ms each against 0.05 ms); a labelled document runs several, so the hot path reads
# through a cursor and builds the model instances with ``Model.from_db``, as the ORM itself would.


def _fetch(model: type[Model], sql: str, params: Sequence) -> list[tuple]:
    with _connection(model).cursor() as cursor:
        _execute(cursor, sql, params)
        return cursor.fetchall()


def _converters(model: type[Model]) -> list[tuple[int, list, object]]:
    """The value converters the ORM applies to ``model``'s columns as read from this database (e.g.
    SQLite's timestamps made timezone-aware): ``(position, converters, column expression)``. Worked out
    once per model and connection (about 20 µs a model, asked several times a labelling request)."""
    connection = _connection(model)
    known = connection.__dict__.setdefault("_workbench_row_converters", {})
    if model not in known:
        found = []
        for position, field in enumerate(model._meta.concrete_fields):
            column = field.get_col(model._meta.db_table)
            converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
            if converters:
                found.append((position, converters, column))
        known[model] = found
    return known[model]


def _instances(model: type[Model], rows: list[tuple]) -> list:
    names = [field.attname for field in model._meta.concrete_fields]
    alias = router.db_for_read(model)
    converters = _converters(model)
    if converters:
        connection = _connection(model)
        converted = []
        for row in rows:
            row = list(row)
            for position, functions, column in converters:
                for function in functions:
                    row[position] = function(row[position], column, connection)
            converted.append(row)
        rows = converted
    return [model.from_db(alias, names, row) for row in rows]


def _columns(model: type[Model]) -> str:
    quote = _connection(model).ops.quote_name
    return ", ".join(quote(field.column) for field in model._meta.concrete_fields)


def document_sentences(document_id: int) -> tuple | None:
    """``(document, {sentence id: Sentence})``, or None when there is no such document. The document
    is loaded with its id only (as ``.only("id")`` would: other fields load when first read)."""
    from annotations.models import Document, Sentence

    quote = _connection(Sentence).ops.quote_name
    rows = _fetch(
        Sentence,
        f"SELECT {_columns(Sentence)} FROM {quote(Sentence._meta.db_table)} WHERE {quote('document_id')} = %s",
        [document_id],
    )
    if not rows:
        table = quote(Document._meta.db_table)
        if not _fetch(Document, f"SELECT 1 FROM {table} WHERE id = %s", [document_id]):
            return None
    document = Document.from_db(router.db_for_read(Document), ["id"], [document_id])
    return document, {sentence.pk: sentence for sentence in _instances(Sentence, rows)}


def labels_and_project_keys(project_id: int) -> tuple[dict, set[str]]:
    """Every label (active or not: the caller says which may be used) by key, and the keys of the
    labels used in the project, in one query."""
    from annotations.models import Label
    from annotations.projects.models import Project

    quote = _connection(Label).ops.quote_name
    through = Project.labels.through
    rows = _fetch(
        Label,
        f"SELECT {_columns(Label)}, EXISTS(SELECT 1 FROM {quote(through._meta.db_table)} pl "
        f"WHERE pl.label_id = {quote(Label._meta.db_table)}.id AND pl.project_id = %s) "
        f"FROM {quote(Label._meta.db_table)}",
        [project_id],
    )
    labels = _instances(Label, [row[:-1] for row in rows])
    return {label.key: label for label in labels}, {
        label.key for label, row in zip(labels, rows, strict=True) if row[-1]
    }


def projects_holding_document(document_id: int, *, member_id: int | None) -> list:
    """The projects holding the document, by id (only those ``member_id`` is a member of, unless None),
    each with ``current_guidelines_id`` (its latest guidelines version, or None)."""
    from annotations.projects.models import GuidelineVersion, Project, ProjectDocument, ProjectMembership

    quote = _connection(Project).ops.quote_name
    project = quote(Project._meta.db_table)
    sql = (
        f"SELECT {', '.join(f'{project}.{quote(f.column)}' for f in Project._meta.concrete_fields)}, "
        f"(SELECT g.id FROM {quote(GuidelineVersion._meta.db_table)} g WHERE g.project_id = {project}.id "
        f"ORDER BY g.{quote('number')} DESC LIMIT 1) "
        f"FROM {project} JOIN {quote(ProjectDocument._meta.db_table)} pd ON pd.project_id = {project}.id "
        f"WHERE pd.document_id = %s"
    )
    params = [document_id]
    if member_id is not None:
        sql += f" AND EXISTS(SELECT 1 FROM {quote(ProjectMembership._meta.db_table)} m " \
               f"WHERE m.project_id = {project}.id AND m.user_id = %s)"  # fmt: skip
        params.append(member_id)
    rows = _fetch(Project, sql + f" ORDER BY {project}.id", params)
    projects = _instances(Project, [row[:-1] for row in rows])
    for found, row in zip(projects, rows, strict=True):
        found.current_guidelines_id = row[-1]
    return projects


def _fetch_where_in(model: type[Model], select: str, column: str, values) -> list[tuple]:
    """Rows of ``SELECT {select}`` from ``model``'s table whose ``column`` is among ``values``: a statement
    for every MAX_PARAMETERS values (SQLite's limit), none for no values."""
    values = list(values)
    quote = _connection(model).ops.quote_name
    rows: list[tuple] = []
    for start in range(0, len(values), MAX_PARAMETERS):
        part = values[start : start + MAX_PARAMETERS]
        rows += _fetch(
            model,
            f"SELECT {select} FROM {quote(model._meta.db_table)} "
            f"WHERE {quote(column)} IN ({', '.join(['%s'] * len(part))})",
            part,
        )
    return rows


def annotation_keys_on_sentences(sentence_ids) -> list[tuple[int, int, int]]:
    """``(annotator id, sentence id, label id)`` of every annotation on these sentences (through the
    sentence index; see ``annotations_bulk_create``)."""
    from annotations.models import Annotation

    return _fetch_where_in(Annotation, "annotator_id, sentence_id, label_id", "sentence_id", sentence_ids)


def user_group_names(user_id: int) -> list[str]:
    """Names of a user's auth groups, read through the cursor (asked on nearly every request)."""
    from django.contrib.auth.models import Group, User

    quote = _connection(Group).ops.quote_name
    through = User.groups.through._meta.db_table
    rows = _fetch(
        Group,
        f"SELECT g.{quote('name')} FROM {quote(Group._meta.db_table)} g "
        f"JOIN {quote(through)} ug ON ug.{quote('group_id')} = g.{quote('id')} WHERE ug.{quote('user_id')} = %s",
        [user_id],
    )
    return [name for (name,) in rows]


def api_tokens_with_key(token_key: str) -> list:
    """The API tokens whose public prefix is ``token_key``, each with its user loaded (what knox reads
    with ``select_related("user")`` on every token-authenticated request)."""
    from django.contrib.auth import get_user_model

    from annotations.accounts.models import ApiToken

    User = get_user_model()
    quote = _connection(ApiToken).ops.quote_name
    token_fields, user_fields = ApiToken._meta.concrete_fields, User._meta.concrete_fields
    rows = _fetch(
        ApiToken,
        f"SELECT {', '.join('t.' + quote(f.column) for f in token_fields)}, "
        f"{', '.join('u.' + quote(f.column) for f in user_fields)} "
        f"FROM {quote(ApiToken._meta.db_table)} t JOIN {quote(User._meta.db_table)} u ON u.id = t.user_id "
        f"WHERE t.{quote('token_key')} = %s",
        [token_key],
    )
    tokens = _instances(ApiToken, [row[: len(token_fields)] for row in rows])
    users = _instances(User, [row[len(token_fields) :] for row in rows])
    for token, user in zip(tokens, users, strict=True):
        ApiToken._meta.get_field("user").set_cached_value(token, user)
    return tokens


def band_rows_with_keys(keys) -> list[tuple[int, int]]:
    """``(document id, key)`` of the stored copy-detection band keys among ``keys``."""
    from annotations.models import DocumentBand

    quote = _connection(DocumentBand).ops.quote_name
    return _fetch_where_in(DocumentBand, f"document_id, {quote('key')}", "key", keys)


def fingerprint_rows(document_ids) -> list[tuple[int, bytes, int | None]]:
    """``(document id, fingerprint, copy_of id)`` of these documents' stored fingerprints."""
    from annotations.models import DocumentFingerprint

    return _fetch_where_in(DocumentFingerprint, "document_id, fingerprint, copy_of_id", "document_id", document_ids)
