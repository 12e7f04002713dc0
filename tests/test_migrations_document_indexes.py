"""Migration 0019 drops the index of the document column of sentences and band keys (the unique constraints'
indexes start with that column), both ways, without rebuilding the tables: the sentence check of
migrations 0002 and 0018 still refuses a sentence past its document's text."""

from __future__ import annotations

import hashlib

import pytest
from django.db import IntegrityError, connection, transaction

BEFORE = [("annotations", "0018_document_text_length")]
AFTER = [("annotations", "0019_sentence_and_band_document_index_in_unique")]
TABLES = ("annotations_sentence", "annotations_documentband")
TEXT = "Three civilians were killed.\nThe monitor said so."


def _indexes_starting_with_the_document(table: str) -> dict[str, bool]:
    """Each index whose first column is document_id: its name -> whether it is unique."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return {
        name: about["unique"]
        for name, about in constraints.items()
        if (about["index"] or about["unique"]) and not about["primary_key"] and about["columns"][:1] == ["document_id"]
    }


def _refuses_a_sentence_past_the_text(apps) -> None:
    Document, Sentence = apps.get_model("annotations", "Document"), apps.get_model("annotations", "Sentence")
    document = Document.objects.create(
        title="t", text=TEXT, text_sha256=hashlib.sha256(TEXT.encode()).hexdigest(), text_length=len(TEXT)
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Sentence.objects.create(document=document, index=0, start=0, end=len(TEXT) + 1)
    Sentence.objects.create(document=document, index=0, start=0, end=len(TEXT))


def test_only_the_unique_indexes_cover_the_document_column_and_the_checks_stay(migrator):
    migrator(BEFORE)
    for table in TABLES:
        assert sorted(_indexes_starting_with_the_document(table).values()) == [False, True], table

    apps = migrator(AFTER)
    for table in TABLES:
        assert list(_indexes_starting_with_the_document(table).values()) == [True], table
    _refuses_a_sentence_past_the_text(apps)

    migrator(BEFORE)
    for table in TABLES:
        assert sorted(_indexes_starting_with_the_document(table).values()) == [False, True], table


@pytest.mark.django_db
def test_reading_a_documents_sentences_uses_the_unique_index():
    if connection.vendor != "sqlite":
        pytest.skip("the plan is read from SQLite's EXPLAIN QUERY PLAN")
    with connection.cursor() as cursor:
        cursor.execute('EXPLAIN QUERY PLAN SELECT id FROM annotations_sentence WHERE document_id = 1 ORDER BY "index"')
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    # The unique constraint's index (SQLite names it sqlite_autoindex_...), the only one left on document_id.
    assert "INDEX sqlite_autoindex_annotations_sentence" in plan, plan
