"""Actors as sources: the API reads and writes their source type and reliability note; reviewers and
admins write, every change is in the history, bad input is a 400 that stores nothing."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from annotations.models import Actor, Event, EventKind

ACTORS = "/api/v1/actors/"


def _events(actor: Actor) -> list[Event]:
    return list(Event.objects.filter(subject_type="actor", subject_id=actor.pk).order_by("id"))


def test_a_new_actor_takes_the_source_type_its_kind_implies(client_for, reviewer):
    client = client_for(reviewer)
    forces = client.post(ACTORS, {"name": "Regime forces", "kind": "state_forces"}, format="json").json()
    militia = client.post(ACTORS, {"name": "PYD", "kind": "armed_group"}, format="json").json()
    coalition = client.post(ACTORS, {"name": "SOC", "kind": "political_body"}, format="json").json()
    helmets = client.post(ACTORS, {"name": "White Helmets", "kind": "first_responder"}, format="json").json()
    assert forces["source_type"] == militia["source_type"] == "party_to_conflict"
    assert coalition["source_type"] == "other"
    assert helmets["source_type"] == "first_responder" and helmets["reliability_note"] == ""


def test_a_reviewer_adds_an_actor_with_its_source_type_and_reliability_note(client_for, reviewer):
    response = client_for(reviewer).post(
        ACTORS,
        {
            "name": "Syrian Salvation Government",
            "kind": "government",
            "source_type": "party_to_conflict",
            "reliability_note": "Administers Idlib alongside HTS; its health ministry's tolls are a party's.",
        },
        format="json",
    )
    assert response.status_code == 201
    actor = Actor.objects.get()
    assert actor.source_type == "party_to_conflict" and actor.kind == "government"
    assert actor.reliability_note.startswith("Administers Idlib")
    [event] = _events(actor)
    assert event.kind == EventKind.RECORD_CREATED and event.actor == reviewer
    assert event.after["source_type"] == "party_to_conflict"
    assert response.json()["reliability_note"] == actor.reliability_note


def test_a_reviewer_changes_the_source_type_and_the_change_is_in_the_history(client_for, reviewer):
    actor = Actor.objects.create(name="Step News", kind="media", source_type="media")
    response = client_for(reviewer).patch(
        f"{ACTORS}{actor.pk}/",
        {"source_type": "party_to_conflict", "reliability_note": "Run by an armed faction."},
        format="json",
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["source_type"] == "party_to_conflict" and body["kind"] == "media"
    actor.refresh_from_db()
    assert actor.source_type == "party_to_conflict" and actor.reliability_note == "Run by an armed faction."
    [event] = _events(actor)
    assert event.kind == EventKind.RECORD_EDITED and event.actor == reviewer
    assert event.before == {"source_type": "media", "reliability_note": ""}
    assert event.after == {"source_type": "party_to_conflict", "reliability_note": "Run by an armed faction."}


def test_an_edit_that_changes_nothing_records_nothing(client_for, reviewer):
    actor = Actor.objects.create(name="SNHR", kind="monitor", source_type="monitor")
    response = client_for(reviewer).patch(f"{ACTORS}{actor.pk}/", {"source_type": "monitor"}, format="json")
    assert response.status_code == 200
    assert _events(actor) == []


def test_an_admin_may_edit_an_actor(client_for, admin_user):
    actor = Actor.objects.create(name="SNHR", kind="monitor", source_type="monitor")
    response = client_for(admin_user).patch(f"{ACTORS}{actor.pk}/", {"reliability_note": "Cites names."}, format="json")
    assert response.status_code == 200
    assert Actor.objects.get().reliability_note == "Cites names."


def test_annotators_read_source_types_but_cannot_change_them(client_for, annotator):
    actor = Actor.objects.create(name="Regime forces", kind="state_forces", source_type="party_to_conflict")
    client = client_for(annotator)
    [row] = client.get(ACTORS).json()["results"]
    assert row["source_type"] == "party_to_conflict" and row["reliability_note"] == ""
    assert client.get(f"{ACTORS}{actor.pk}/").json()["source_type"] == "party_to_conflict"
    response = client.patch(f"{ACTORS}{actor.pk}/", {"source_type": "monitor"}, format="json")
    assert response.status_code == 403
    assert Actor.objects.get().source_type == "party_to_conflict"
    assert _events(actor) == []


def test_signed_out_clients_cannot_edit_an_actor(client_for):
    actor = Actor.objects.create(name="SNHR", kind="monitor")
    assert client_for().patch(f"{ACTORS}{actor.pk}/", {"source_type": "media"}, format="json").status_code in (
        401,
        403,
    )
    assert Actor.objects.get().source_type == "other"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"source_type": "belligerent"}, "source_type"),
        ({"source_type": None}, "source_type"),
        ({"kind": "militia"}, "kind"),
        ({"reliability_note": "x" * 4001}, "reliability_note"),
        ({"reliability_note": 7}, "reliability_note"),
        ({"name": "Renamed"}, "name"),
        ({}, "non_field_errors"),
    ],
)
def test_a_bad_edit_is_a_400_naming_the_field_and_changes_nothing(client_for, reviewer, body, field):
    actor = Actor.objects.create(name="SNHR", kind="monitor", source_type="monitor", reliability_note="Careful.")
    response = client_for(reviewer).patch(f"{ACTORS}{actor.pk}/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"], response.json()
    actor.refresh_from_db()
    assert (actor.name, actor.kind, actor.source_type, actor.reliability_note) == (
        "SNHR",
        "monitor",
        "monitor",
        "Careful.",
    )
    assert _events(actor) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "X", "source_type": "belligerent"}, "source_type"),
        ({"name": "X", "reliability_note": "x" * 4001}, "reliability_note"),
    ],
)
def test_a_bad_new_actor_is_a_400_naming_the_field_and_stores_nothing(client_for, reviewer, body, field):
    response = client_for(reviewer).post(ACTORS, body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Actor.objects.exists() and not Event.objects.filter(subject_type="actor").exists()


def test_actors_filter_by_source_type(client_for, annotator):
    Actor.objects.create(name="Regime forces", kind="state_forces", source_type="party_to_conflict")
    Actor.objects.create(name="Reuters", kind="media", source_type="media")
    client = client_for(annotator)
    results = client.get(ACTORS, {"source_type": "party_to_conflict"}).json()["results"]
    assert [a["name"] for a in results] == ["Regime forces"]
    assert client.get(ACTORS, {"source_type": "alien"}).status_code == 400


@pytest.mark.django_db
def test_the_schema_documents_source_types_and_the_actor_edit():
    client = APIClient()
    client.force_authenticate(User(username="reader"))
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    actor = schema["components"]["schemas"]["Actor"]["properties"]
    assert {"source_type", "reliability_note"} <= set(actor)
    patch = schema["paths"]["/api/v1/actors/{id}/"]["patch"]
    assert {"200", "400", "403", "404"} <= set(patch["responses"])
    body = patch["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    edit = schema["components"]["schemas"][body]["properties"]
    assert set(edit) == {"kind", "source_type", "reliability_note"}
    parameters = {p["name"] for p in schema["paths"]["/api/v1/actors/"]["get"]["parameters"]}
    assert "source_type" in parameters
