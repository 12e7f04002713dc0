"""Migration 0018 gives stored documents their text length and moves the sentence check onto it, both ways:
forward the lengths are filled and the check still refuses a sentence past the text; back, the check
measures the text again and the column is gone."""

from __future__ import annotations

import hashlib

import pytest
from django.db import IntegrityError, connection, transaction

BEFORE = [("annotations", "0017_source_files")]
AFTER = [("annotations", "0018_document_text_length")]
TEXT = "Qasf ʿala al-suq: three civilians were killed.\nThe monitor said so."


def _document_with_a_sentence(apps):
    Document, Sentence = apps.get_model("annotations", "Document"), apps.get_model("annotations", "Sentence")
    document = Document.objects.create(title="t", text=TEXT, text_sha256=hashlib.sha256(TEXT.encode()).hexdigest())
    sentence = Sentence.objects.create(document=document, index=0, start=0, end=10)
    return document, sentence


def _refuses_a_sentence_past_the_text(apps, sentence_pk) -> None:
    Sentence = apps.get_model("annotations", "Sentence")
    with pytest.raises(IntegrityError), transaction.atomic():
        Sentence.objects.filter(pk=sentence_pk).update(end=len(TEXT) + 1)
    Sentence.objects.filter(pk=sentence_pk).update(end=len(TEXT))  # the last character is inside


def test_stored_documents_get_their_length_and_the_check_uses_it_both_ways(migrator):
    apps = migrator(BEFORE)
    document, sentence = _document_with_a_sentence(apps)

    apps = migrator(AFTER)
    Document = apps.get_model("annotations", "Document")
    assert Document.objects.get(pk=document.pk).text_length == len(TEXT)  # characters, not bytes
    _refuses_a_sentence_past_the_text(apps, sentence.pk)

    apps = migrator(BEFORE)
    columns = [
        c.name for c in connection.introspection.get_table_description(connection.cursor(), "annotations_document")
    ]
    assert "text_length" not in columns
    _refuses_a_sentence_past_the_text(apps, sentence.pk)
