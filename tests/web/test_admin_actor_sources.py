"""The admin shows and edits an actor's source type and reliability note, recording each change."""

import pytest

from annotations.models import Actor, Event, EventKind

pytestmark = pytest.mark.django_db


def _events(actor):
    return list(Event.objects.filter(subject_type="actor", subject_id=actor.pk).order_by("id"))


def test_an_actor_added_in_the_admin_without_a_source_type_takes_its_kinds(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/annotations/actor/add/", {"name": "Regime forces", "kind": "state_forces", "aliases": "[]"}
    )
    assert response.status_code == 302
    assert Actor.objects.get().source_type == "party_to_conflict"


def test_an_admin_sets_the_source_type_and_note_and_the_change_is_in_the_history(client, admin_user):
    actor = Actor.objects.create(name="Syrian Salvation Government", kind="government", source_type="government")
    client.force_login(admin_user)
    page = client.get(f"/admin/annotations/actor/{actor.pk}/change/").content.decode()
    assert 'name="source_type"' in page and 'name="reliability_note"' in page
    response = client.post(
        f"/admin/annotations/actor/{actor.pk}/change/",
        {
            "name": actor.name,
            "kind": "government",
            "aliases": "[]",
            "source_type": "party_to_conflict",
            "reliability_note": "Governs Idlib with an armed faction.",
        },
    )
    assert response.status_code == 302
    actor.refresh_from_db()
    assert actor.source_type == "party_to_conflict"
    [event] = _events(actor)
    assert event.kind == EventKind.RECORD_EDITED and event.actor == admin_user
    assert event.after == {
        "source_type": "party_to_conflict",
        "reliability_note": "Governs Idlib with an armed faction.",
    }


def test_the_actor_list_shows_and_filters_by_source_type(client, admin_user):
    Actor.objects.create(name="Regime forces", kind="state_forces", source_type="party_to_conflict")
    Actor.objects.create(name="Reuters", kind="media", source_type="media")
    client.force_login(admin_user)
    page = client.get("/admin/annotations/actor/", {"source_type__exact": "party_to_conflict"}).content.decode()
    assert "Party to the conflict" in page
    assert "Regime forces" in page and "Reuters" not in page
