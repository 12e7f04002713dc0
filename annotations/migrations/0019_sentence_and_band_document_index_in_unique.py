"""Sentences and band keys lose the index of their document column: the unique constraints on (document,
index) and (document, key) are indexes that start with it, so look-ups by document use those. Every
imported sentence and band key updated both (an import's 60,000 sentences and 42,000 band keys: about a
quarter of their insert time on SQLite).

Only the indexes are dropped, found by their columns. Django would rebuild the SQLite tables to alter
the fields, which would drop the sentence triggers of migrations 0002 and 0018, so the field change is
recorded in the migration state alone."""

import django.db.models.deletion
from django.db import migrations, models

TABLES = ("annotations_sentence", "annotations_documentband")


def _document_indexes(schema_editor, table: str) -> list[str]:
    with schema_editor.connection.cursor() as cursor:
        constraints = schema_editor.connection.introspection.get_constraints(cursor, table)
    return [
        name
        for name, about in constraints.items()
        if about["index"] and not about["unique"] and not about["primary_key"] and about["columns"] == ["document_id"]
    ]


def drop_document_indexes(apps, schema_editor):
    for table in TABLES:
        for name in _document_indexes(schema_editor, table):
            schema_editor.execute(f"DROP INDEX {schema_editor.quote_name(name)}")


def restore_document_indexes(apps, schema_editor):
    for model_name in ("Sentence", "DocumentBand"):
        model = apps.get_model("annotations", model_name)
        if not _document_indexes(schema_editor, model._meta.db_table):
            schema_editor.execute(schema_editor._create_index_sql(model, fields=[model._meta.get_field("document")]))


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0018_document_text_length"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(drop_document_indexes, restore_document_indexes)],
            state_operations=[
                migrations.AlterField(
                    model_name="documentband",
                    name="document",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="annotations.document",
                    ),
                ),
                migrations.AlterField(
                    model_name="sentence",
                    name="document",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="sentences",
                        to="annotations.document",
                    ),
                ),
            ],
        ),
    ]
