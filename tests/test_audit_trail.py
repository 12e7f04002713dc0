"""Every change to documents (imports included), actors, labels and releases is an event, and no event
can be changed or deleted."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from annotations.exports.releases import release_create
from annotations.models import Actor, DatasetRelease, Document, Event, EventKind, Label
from annotations.services import imports
from annotations.services.documents import DocumentInput, documents_import_inputs
from annotations.triggers import trigger_names


def _refused(statement: str, params=()) -> None:
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement, params)


@pytest.mark.django_db
def test_every_trigger_survives_the_migrations():
    # SQLite rebuilds a table to alter it, which drops its triggers: the migrations put them back.
    assert {
        "wb_event_never_deleted",
        "wb_document_text_immutable",
    } <= trigger_names(connection)
    # SQLite: sentence (2), span (2), text immutable, event append-only, text length (2, migration 0018);
    # PostgreSQL has one trigger a rule.
    expected = 8 if connection.vendor == "sqlite" else 5
    assert len(trigger_names(connection) - {"wb_event_never_deleted"}) == expected


@pytest.mark.django_db
def test_a_raw_delete_or_update_of_the_history_is_refused(annotator):
    event = Event.objects.create(kind=EventKind.RECORD_CREATED, actor=annotator, subject_type="label", subject_id=1)
    _refused("DELETE FROM annotations_event")
    _refused("DELETE FROM annotations_event WHERE id = %s", [event.pk])
    _refused("UPDATE annotations_event SET comment = 'rewritten' WHERE id = %s", [event.pk])
    assert Event.objects.filter(pk=event.pk, comment="").exists()


def _events(subject) -> list[Event]:
    return list(Event.objects.filter(subject_type=subject._meta.model_name, subject_id=subject.pk).order_by("id"))


@pytest.mark.django_db
def test_a_document_retitled_in_the_admin_is_in_the_history(client, admin_user, document):
    client.force_login(admin_user)
    page = client.get(f"/admin/annotations/document/{document.pk}/change/")
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data |= {"title": "Darat Izza market strike (corrected)", "sentences-TOTAL_FORMS": "0",
             "sentences-INITIAL_FORMS": "0"}  # fmt: skip
    response = client.post(f"/admin/annotations/document/{document.pk}/change/", data)
    assert response.status_code == 302, response.content[:2000]
    [event] = [event for event in _events(document) if event.kind != EventKind.RECORD_CREATED]
    assert event.kind == EventKind.RECORD_EDITED and event.actor == admin_user
    assert event.before == {"title": "Darat Izza market strike"}
    assert event.after == {"title": "Darat Izza market strike (corrected)"}


@pytest.mark.django_db
def test_actors_created_edited_and_deleted_in_the_admin_are_in_the_history(client, admin_user):
    client.force_login(admin_user)
    client.post("/admin/annotations/actor/add/", {"name": "Raqqa monitor", "kind": "monitor", "aliases": "[]"})
    actor = Actor.objects.get(name="Raqqa monitor")
    client.post(f"/admin/annotations/actor/{actor.pk}/change/", {"name": "Raqqa Monitor", "kind": "monitor",
                                                                  "aliases": "[]"})  # fmt: skip
    client.post(f"/admin/annotations/actor/{actor.pk}/delete/", {"post": "yes"})
    assert not Actor.objects.filter(pk=actor.pk).exists()
    kinds = [event.kind for event in _events(actor)]
    assert kinds == [EventKind.RECORD_CREATED, EventKind.RECORD_EDITED, EventKind.RECORD_DELETED]
    assert _events(actor)[1].after == {"name": "Raqqa Monitor"}
    assert _events(actor)[2].before["name"] == "Raqqa Monitor"


@pytest.mark.django_db
def test_a_label_retired_from_the_admin_list_is_in_the_history(client, admin_user):
    client.force_login(admin_user)
    label = Label.objects.get(key="rhetoric")
    labels = list(Label.objects.order_by("order", "id"))
    data = {"form-TOTAL_FORMS": str(len(labels)), "form-INITIAL_FORMS": str(len(labels)), "_save": "Save"}
    for number, each in enumerate(labels):
        data |= {f"form-{number}-id": str(each.pk), f"form-{number}-order": str(each.order),
                 f"form-{number}-is_active": "on" if each.is_active and each != label else ""}  # fmt: skip
    response = client.post("/admin/annotations/label/", data)
    assert response.status_code == 302
    [event] = _events(label)
    assert event.before == {"is_active": True} and event.after == {"is_active": False}


@pytest.mark.django_db
def test_an_actor_added_through_the_api_is_in_the_history(reviewer):
    client = APIClient()
    client.force_login(reviewer)
    response = client.post("/api/v1/actors/", {"name": "Idlib Health Directorate", "kind": "government"})
    assert response.status_code == 201
    actor = Actor.objects.get(name="Idlib Health Directorate")
    [event] = _events(actor)
    assert event.kind == EventKind.RECORD_CREATED and event.actor == reviewer
    assert event.after["name"] == "Idlib Health Directorate"


def _report(number: int) -> dict:
    return {"title": f"Report {number}", "text": f"Shelling hit village {number}. Two people were killed.",
            "publisher": "OCHA", "published_on": "2024-11-28"}  # fmt: skip


def _document_events(kind=EventKind.RECORD_CREATED) -> list[Event]:
    return list(Event.objects.filter(subject_type="document", kind=kind).order_by("subject_id"))


@pytest.mark.django_db
def test_documents_imported_through_the_api_are_in_the_history(reviewer):
    client = APIClient()
    client.force_login(reviewer)
    response = client.post("/api/v1/documents/", [_report(1), _report(2), _report(3)], format="json")
    assert response.status_code == 201, response.json()
    documents = list(Document.objects.order_by("pk"))
    events = _document_events()
    assert [event.subject_id for event in events] == [document.pk for document in documents]
    assert {event.actor for event in events} == {reviewer}
    first = events[0].after
    assert first["title"] == "Report 1" and first["text_sha256"] == documents[0].text_sha256
    assert first["publisher_id"] == Actor.objects.get(name="OCHA").pk and first["published_on"] == "2024-11-28"
    assert first["sentences"] == 2 and "text" not in first, "the text itself stays out of the history"
    # The publisher the import created is recorded as created by the importer too.
    [publisher_event] = Event.objects.filter(subject_type="actor")
    assert publisher_event.actor == reviewer and publisher_event.after["name"] == "OCHA"


@pytest.mark.django_db
def test_a_refused_import_leaves_no_events(reviewer):
    client = APIClient()
    client.force_login(reviewer)
    response = client.post("/api/v1/documents/", [_report(1), {"title": "empty", "text": "   "}], format="json")
    assert response.status_code == 400
    assert not Document.objects.exists() and not Event.objects.filter(subject_type="document").exists()


@pytest.mark.django_db
def test_the_import_writes_its_events_in_bulk_not_a_query_per_document():
    def queries_for(numbers) -> int:
        items = [DocumentInput(text=_report(n)["text"], title=f"Report {n}", source=f"line {n}") for n in numbers]
        with CaptureQueriesContext(connection) as captured:
            report = documents_import_inputs(items=items)
        assert len(report.created) == len(items)
        return len(captured)

    # Both imports find earlier documents sharing band keys (the reports are alike), so the copy look-up
    # reads fingerprints in both; the only growth allowed is the band keys' multi-row INSERT splitting
    # into batches (SQLite takes 999 parameters a statement: 32 keys a document, 499 rows a batch).
    few, many = queries_for(range(1, 3)), queries_for(range(10, 40))
    more_batches = -(-30 * 32 // 499) - 1
    assert queries_for(range(50, 53)) <= many <= few + 1 + more_batches
    assert len(_document_events()) == 35


@pytest.mark.django_db
def test_documents_imported_from_the_command_line_are_in_the_history(tmp_path):
    source = tmp_path / "reports.jsonl"
    source.write_text("\n".join(json.dumps(_report(n)) for n in range(1, 4)) + "\n")
    call_command("import_documents", str(source), stdout=io.StringIO())
    events = _document_events()
    assert len(events) == 3 and {event.actor for event in events} == {None}
    assert sorted(event.after["title"] for event in events) == ["Report 1", "Report 2", "Report 3"]


def _import_job(reviewer, count: int):
    lines = "\n".join(json.dumps(_report(n)) for n in range(1, count + 1)) + "\n"
    return imports.import_job_create(name="big.jsonl", upload=io.BytesIO(lines.encode()), created_by=reviewer)


@pytest.mark.django_db
def test_documents_a_background_job_imports_are_in_the_history(reviewer, settings):
    settings.WORKBENCH_IMPORT_CHUNK_DOCUMENTS = 4
    job = imports.import_job_run(job_id=_import_job(reviewer, 10).pk)
    assert job.state == "succeeded"
    events = _document_events()
    assert [event.subject_id for event in events] == list(Document.objects.order_by("pk").values_list("pk", flat=True))
    assert len(events) == 10 and {event.actor for event in events} == {reviewer}


@pytest.mark.django_db
def test_a_failed_job_records_the_removal_of_what_it_had_stored(reviewer, settings, monkeypatch):
    settings.WORKBENCH_IMPORT_CHUNK_DOCUMENTS = 4
    real_store, calls = imports.documents_store, []

    def store_then_fail(**kwargs):
        calls.append(1)
        if len(calls) == 3:  # two transactions of 4 documents are stored by then
            raise RuntimeError("disk full")
        return real_store(**kwargs)

    monkeypatch.setattr(imports, "documents_store", store_then_fail)
    job = imports.import_job_run(job_id=_import_job(reviewer, 10).pk)
    assert job.state == "failed" and not Document.objects.exists()
    created, deleted = _document_events(), _document_events(EventKind.RECORD_DELETED)
    assert len(created) == 8
    assert [event.subject_id for event in deleted] == [event.subject_id for event in created]
    assert deleted[0].before["title"] == created[0].after["title"] and deleted[0].actor == reviewer
    assert f"import job {job.pk} failed" in deleted[0].comment


@pytest.mark.django_db
def test_a_release_made_is_in_the_history(reviewer, settings, tmp_path):
    settings.WORKBENCH_RELEASES_DIR = tmp_path / "releases"
    release = release_create(by=reviewer, name="claims v1", shape="annotations", fmt="jsonl")
    [event] = _events(release)
    assert event.kind == EventKind.RECORD_CREATED and event.actor == reviewer
    assert event.after["name"] == "claims v1" and event.after["sha256"] == release.sha256
    assert event.after["file_path"] == release.file_path and event.after["row_count"] == 0
    # Releases are never deleted, so there is no deletion to record: the attempt is refused.
    with pytest.raises(Exception, match="Dataset releases are kept"):
        release.delete()
    assert DatasetRelease.objects.filter(pk=release.pk).exists() and len(_events(release)) == 1
