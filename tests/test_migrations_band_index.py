"""Migration 0020 gives the copy-detection band keys one index, the unique (key, document) one: it finds a
key's documents without reading the table, and an imported key updates nothing else. Stored keys stay,
both ways."""

from __future__ import annotations

import hashlib

import pytest
from django.db import connection

BEFORE = [("annotations", "0019_sentence_and_band_document_index_in_unique")]
AFTER = [("annotations", "0020_band_key_index_covers_documents")]
TABLE = "annotations_documentband"


def _indexes() -> dict[tuple[str, ...], bool]:
    """Each index of the band table but the primary key: its columns -> whether it is unique."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, TABLE)
    return {
        tuple(about["columns"]): about["unique"]
        for about in constraints.values()
        if (about["index"] or about["unique"]) and not about["primary_key"]
    }


def _keys(apps) -> list[tuple[int, int]]:
    return sorted(apps.get_model("annotations", "DocumentBand").objects.values_list("document_id", "key"))


def test_the_band_table_keeps_one_index_and_its_keys(migrator):
    apps = migrator(BEFORE)
    assert _indexes() == {("document_id", "key"): True, ("key",): False}
    Document = apps.get_model("annotations", "Document")
    DocumentBand = apps.get_model("annotations", "DocumentBand")
    documents = [
        Document.objects.create(title=text, text=text, text_sha256=hashlib.sha256(text.encode()).hexdigest())
        for text in ("One report.", "Another report.")
    ]
    for document in documents:
        DocumentBand.objects.bulk_create([DocumentBand(document=document, key=key) for key in (-5, 7, 2**62)])
    stored = _keys(apps)

    apps = migrator(AFTER)
    assert _indexes() == {("key", "document_id"): True}
    assert _keys(apps) == stored

    apps = migrator(BEFORE)
    assert _indexes() == {("document_id", "key"): True, ("key",): False}
    assert _keys(apps) == stored


@pytest.mark.django_db
def test_looking_up_band_keys_reads_only_the_index():
    if connection.vendor != "sqlite":
        pytest.skip("the plan is read from SQLite's EXPLAIN QUERY PLAN")
    with connection.cursor() as cursor:
        cursor.execute(f'EXPLAIN QUERY PLAN SELECT document_id, "key" FROM {TABLE} WHERE "key" IN (1, 2, 3)')
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "COVERING INDEX" in plan, plan
