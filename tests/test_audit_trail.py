"""Every change to documents, actors and labels is an event, and no event can be changed or deleted."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction
from rest_framework.test import APIClient

from annotations.models import Actor, Event, EventKind, Label
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
    expected = 6 if connection.vendor == "sqlite" else 4
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
    [event] = _events(document)
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
