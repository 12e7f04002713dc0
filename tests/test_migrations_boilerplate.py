"""Migration 0013 marks the boilerplate of the documents already stored (and only it), and adds the
column without rebuilding the sentence table, so the triggers of migration 0002 survive on SQLite."""

from __future__ import annotations

import hashlib

import pytest
from django.db import IntegrityError, connection, transaction

BEFORE = [("annotations", "0012_discussion")]
AFTER = [("annotations", "0013_sentence_boilerplate")]
TEXT = "Market strike in Idlib\nCredit: (Social Media)\nThree civilians were killed.\nPlease enter your comment!"


def test_stored_documents_get_their_boilerplate_marked(migrator):
    apps = migrator(BEFORE)
    Document, Sentence = apps.get_model("annotations", "Document"), apps.get_model("annotations", "Sentence")
    document = Document.objects.create(
        title="Market strike in Idlib", text=TEXT, text_sha256=hashlib.sha256(TEXT.encode()).hexdigest()
    )
    lines, start = [], 0
    for index, line in enumerate(TEXT.split("\n")):
        lines.append(Sentence.objects.create(document=document, index=index, start=start, end=start + len(line)))
        start += len(line) + 1

    apps = migrator(AFTER)
    Sentence = apps.get_model("annotations", "Sentence")
    flags = list(
        Sentence.objects.filter(document_id=document.pk).order_by("index").values_list("is_boilerplate", flat=True)
    )
    assert [bool(flag) for flag in flags] == [True, True, False, True]

    # The trigger that keeps sentences inside their document's text is still there.
    with pytest.raises(IntegrityError), transaction.atomic():
        Sentence.objects.filter(pk=lines[2].pk).update(end=len(TEXT) + 50)
    assert connection.vendor in ("sqlite", "postgresql")


def test_stored_documents_are_fingerprinted_and_copies_linked(migrator):
    from tests.text.test_near_duplicates import OTHER, REPUBLISHED, STORY

    apps = migrator(AFTER)
    Document = apps.get_model("annotations", "Document")
    ids = []
    for title, text in (("Original", STORY), ("Other", OTHER), ("Copy", REPUBLISHED)):
        ids.append(
            Document.objects.create(title=title, text=text, text_sha256=hashlib.sha256(text.encode()).hexdigest()).pk
        )
    apps = migrator([("annotations", "0013_sentence_boilerplate")])
    apps = migrator([("annotations", "0014_document_copies")])
    DocumentFingerprint = apps.get_model("annotations", "DocumentFingerprint")
    links = dict(DocumentFingerprint.objects.filter(document_id__in=ids).values_list("document_id", "copy_of_id"))
    assert links == {ids[0]: None, ids[1]: None, ids[2]: ids[0]}
