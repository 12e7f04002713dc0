"""A backup restores every value exactly, timestamps to the microsecond, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection

from annotations.models import Annotation, Event
from annotations.services.annotating import AnnotationDraft, annotation_create, annotation_update
from annotations.services.backups import BackupError, database_restore

TABLES = ("annotations_document", "annotations_sentence", "annotations_annotation", "annotations_event", "auth_user")


def _contents() -> dict[str, list[tuple]]:
    with connection.cursor() as cursor:
        contents = {}
        for table in TABLES:
            cursor.execute(f"SELECT * FROM {table} ORDER BY 1")  # noqa: S608 (fixed table names)
            contents[table] = cursor.fetchall()
        return contents


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_give_back_every_value_exactly(tmp_path, annotator, document, labels):
    sentence = document.sentences.first()
    annotation = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels["rhetoric"], note="kept")
    )
    assert annotation.created_at.microsecond or Annotation.objects.get().updated_at.microsecond
    before = _contents()

    backup = tmp_path / "workbench.backup"
    call_command("backup_database", str(backup))
    assert backup.stat().st_size > 0

    # Work after the backup is what a restore takes back.
    annotation_update(annotation=annotation, by=annotator, version=annotation.version, note="changed later")
    assert _contents() != before

    call_command("restore_database", str(backup), "--yes")
    after = _contents()
    assert after == before
    assert Annotation.objects.get().note == "kept"
    assert Event.objects.count() == len(before["annotations_event"])


def test_dumpdata_is_not_a_backup_it_cuts_microseconds():
    # Why the README points to backup_database: Django's JSON encoder keeps milliseconds only.
    import datetime as dt

    from django.core.serializers.json import DjangoJSONEncoder

    moment = dt.datetime(2026, 3, 1, 12, 0, 0, 123456)
    assert DjangoJSONEncoder().default(moment) == "2026-03-01T12:00:00.123"


@pytest.mark.django_db
def test_restoring_a_file_that_is_not_a_backup_is_refused(tmp_path):
    missing = tmp_path / "nothing.backup"
    with pytest.raises(BackupError, match="No backup file"):
        database_restore(path=missing)
