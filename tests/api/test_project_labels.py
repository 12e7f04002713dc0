"""A project's label set: managers add labels (existing or new) and take unused ones out; every
annotation write refuses a label outside the set of the annotation's project."""

from __future__ import annotations

import pytest

from annotations.models import Annotation, Event, Label

PROJECTS = "/api/v1/projects/"


def labels_url(project, key: str = "") -> str:
    return f"{PROJECTS}{project.pk}/labels/" + (f"{key}/" if key else "")


def test_manager_adds_a_new_label_the_annotators_can_use_at_once(client_for, a):
    response = client_for(a.manager).post(
        labels_url(a.project),
        {"key": "denial", "name": "Denial", "guideline": "A party denies it carried out the strike."},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["key"], body["name"], body["guideline"]) == (
        "denial",
        "Denial",
        "A party denies it carried out the strike.",
    )
    assert body["colour"].startswith("#") and len(body["colour"]) == 7
    assert "denial" in client_for(a.annotator).get(f"{PROJECTS}{a.project.pk}/").json()["labels"]

    sentence = a.document.sentences.order_by("index").first()
    created = client_for(a.annotator).post(
        "/api/v1/annotations/", {"sentence": sentence.pk, "label": "denial"}, format="json"
    )
    assert created.status_code == 201, created.content
    label = Label.objects.get(key="denial")
    assert Event.objects.filter(subject_type="label", subject_id=label.pk).exists()
    project_events = Event.objects.filter(subject_type="project", subject_id=a.project.pk).order_by("pk")
    assert "denial" in project_events.last().after["labels"]


def test_a_label_of_another_project_is_refused_on_every_write_path(client_for, a, b):
    client_for(b.manager).post(labels_url(b.project), {"key": "denial", "name": "Denial"}, format="json")
    annotator = client_for(a.annotator)
    sentence = a.document.sentences.order_by("index").first()
    before = Annotation.objects.count()

    single = annotator.post("/api/v1/annotations/", {"sentence": sentence.pk, "label": "denial"}, format="json")
    assert single.status_code == 400
    assert "not used in Project A" in str(single.json())

    bulk = annotator.post(
        f"/api/v1/documents/{a.document.pk}/annotations/bulk/",
        {"items": [{"sentence": sentence.pk, "label": "denial"}]},
        format="json",
    )
    assert bulk.status_code == 400, bulk.content
    assert "items[0].label" in str(bulk.json())

    mine = a.annotation
    edit = annotator.patch(
        f"/api/v1/annotations/{mine.pk}/", {"label": "denial", "version": mine.version}, format="json"
    )
    assert edit.status_code in (400, 409), edit.content
    assert Annotation.objects.count() == before
    mine.refresh_from_db()
    assert mine.label.key == "casualty_claim"


def test_editing_a_draft_to_a_label_outside_the_project_is_refused(client_for, a, b):
    client_for(b.manager).post(labels_url(b.project), {"key": "denial", "name": "Denial"}, format="json")
    draft = a.annotations[1]
    response = client_for(a.annotator).patch(
        f"/api/v1/annotations/{draft.pk}/", {"label": "denial", "version": draft.version}, format="json"
    )
    assert response.status_code == 400, response.content
    assert "not used in Project A" in str(response.json())
    draft.refresh_from_db()
    assert draft.label.key == "casualty_claim"


def test_an_existing_label_is_added_by_its_key_alone(client_for, a, b):
    client_for(b.manager).post(labels_url(b.project), {"key": "denial", "name": "Denial"}, format="json")
    response = client_for(a.manager).post(labels_url(a.project), {"key": "denial"}, format="json")
    assert response.status_code == 201
    assert Label.objects.filter(key="denial").count() == 1
    again = client_for(a.manager).post(labels_url(a.project), {"key": "denial"}, format="json")
    assert again.status_code == 400
    assert "uses the label 'denial' already" in str(again.json())
    renamed = client_for(a.manager).post(labels_url(a.project), {"key": "rhetoric", "name": "Spin"}, format="json")
    assert renamed.status_code == 400
    assert "exists already" in str(renamed.json())


@pytest.mark.parametrize(
    "body, field",
    [
        ({"key": "has space", "name": "X"}, "key"),
        ({"key": "newlabel"}, "name"),
        ({"key": "newlabel", "name": "New", "colour": "red"}, "colour"),
        ({"key": "newlabel", "name": "New", "shortcut": "1"}, "shortcut"),  # the casualty claim's key
        ({"key": "newlabel", "name": "New", "shortcut": "n"}, "shortcut"),  # the page's "next assigned"
        ({"key": "newlabel", "name": "New", "shortcut": "xy"}, "shortcut"),
        ({"key": "newlabel", "name": "New", "colour": "#00ff00", "extra": 1}, "extra"),
    ],
)
def test_bad_label_input_is_a_400_naming_the_field_and_stores_nothing(client_for, a, body, field):
    labels_before = Label.objects.count()
    response = client_for(a.manager).post(labels_url(a.project), body, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"]
    assert Label.objects.count() == labels_before


def test_only_managers_add_labels_and_outsiders_get_404(client_for, a, b):
    assert (
        client_for(a.annotator).post(labels_url(a.project), {"key": "x1", "name": "X"}, format="json").status_code
        == 403
    )
    assert (
        client_for(a.reviewer).post(labels_url(a.project), {"key": "x1", "name": "X"}, format="json").status_code == 403
    )
    assert (
        client_for(b.manager).post(labels_url(a.project), {"key": "x1", "name": "X"}, format="json").status_code == 404
    )
    assert client_for(b.manager).get(labels_url(a.project)).status_code == 404
    assert not Label.objects.filter(key="x1").exists()


def test_a_new_label_is_out_of_sight_of_other_projects(client_for, a, b):
    client_for(a.manager).post(labels_url(a.project), {"key": "denial", "name": "Denial"}, format="json")
    seen_by_b = {label["key"] for label in client_for(b.annotator).get("/api/v1/labels/").json()}
    seen_by_a = {label["key"] for label in client_for(a.annotator).get("/api/v1/labels/").json()}
    assert "denial" in seen_by_a and "denial" not in seen_by_b
    assert "casualty_claim" in seen_by_b
    in_a = {label["key"] for label in client_for(a.annotator).get(f"/api/v1/labels/?project={a.project.pk}").json()}
    assert in_a == set(client_for(a.annotator).get(f"{PROJECTS}{a.project.pk}/").json()["labels"])


def test_a_label_in_use_stays_and_an_unused_one_goes(client_for, a):
    manager = client_for(a.manager)
    in_use = manager.delete(labels_url(a.project, "casualty_claim"))
    assert in_use.status_code == 409
    assert "carry the label" in in_use.json()["detail"]
    assert manager.delete(labels_url(a.project, "rhetoric")).status_code == 204
    assert "rhetoric" not in manager.get(f"{PROJECTS}{a.project.pk}/").json()["labels"]
    assert manager.delete(labels_url(a.project, "rhetoric")).status_code == 404
    assert client_for(a.annotator).delete(labels_url(a.project, "attribution")).status_code == 403
