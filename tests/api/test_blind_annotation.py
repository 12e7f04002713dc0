"""Blind annotation over the whole API: annotator A writes a unique marker into a note, a claim's
figures and a new incident's description; annotator B requests every GET route of the API (taken
from the URL configuration, with the ids of A's objects) and finds the marker in none of them."""

import uuid

import pytest

from annotations.models import Actor
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_approve, annotation_submit
from tests.blind import fetch_all, get_urls, leaks, url_routes

pytestmark = pytest.mark.django_db

MARKER = f"blind-marker-{uuid.uuid4().hex[:12]}"
EXPORT_VALUES = {"shape": ["annotations", "sentences", "incidents"], "fmt": ["jsonl", "csv"]}


@pytest.fixture
def world(annotator, second_annotator, reviewer, document, labels):
    """A's work carrying the marker, B's own work on the same sentence and incident."""
    sentences = list(document.sentences.order_by("index"))
    regime = Actor.objects.create(name="Regime forces", kind="state_forces")
    claim = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(
            sentence=sentences[1],
            label=labels["casualty_claim"],
            note=f"note {MARKER}",
            figures={"killed_min": 4, "killed_max": 4, "raw_text": f"four {MARKER}"},
        ),
    )
    blamed = annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(
            sentence=sentences[2],
            label=labels["attribution"],
            note=f"blame {MARKER}",
            responsibility={"actor": regime, "stance": "asserted"},
        ),
    )
    incident = incident_create(by=annotator, title="Market strike", description=f"what A saw {MARKER}")
    incident_link(incident=incident, annotation=claim, by=annotator)
    incident_link(incident=incident, annotation=blamed, by=annotator)
    claim = annotation_approve(annotation=annotation_submit(annotation=claim, by=annotator), reviewer=reviewer)
    reviewed = incident_create(by=reviewer, title="Darat Izza strike", place_name="Darat Izza")
    incident_link(incident=reviewed, annotation=claim, by=reviewer)
    own = annotation_create(
        annotator=second_annotator, draft=AnnotationDraft(sentence=sentences[1], label=labels["casualty_claim"])
    )
    incident_link(incident=incident, annotation=own, by=second_annotator)
    return {
        "document": document,
        "sentences": sentences,
        "a_annotations": [claim, blamed],
        "b_annotation": own,
        "incidents": [incident, reviewed],
        "actor": regime,
    }


def _api_urls(world, annotator) -> list[str]:
    ids = [
        *(a.pk for a in world["a_annotations"]),
        world["b_annotation"].pk,
        *(i.pk for i in world["incidents"]),
        world["document"].pk,
        *(s.pk for s in world["sentences"]),
        world["actor"].pk,
    ]
    generated = get_urls(prefix="/api/v1/", values=EXPORT_VALUES, ids=ids)
    assert generated.skipped == []
    claim, blamed = world["a_annotations"]
    incident = world["incidents"][0]
    filtered = [
        f"/api/v1/annotations/?annotator={annotator.pk}",
        f"/api/v1/annotations/?document={world['document'].pk}",
        f"/api/v1/annotations/?sentence={claim.sentence_id}",
        f"/api/v1/annotations/?incident={incident.pk}",
        "/api/v1/annotations/?status=approved",
        f"/api/v1/incidents/?search={MARKER}",
        "/api/v1/incidents/?search=market",
        f"/api/v1/incidents/?q={MARKER}",
        "/api/v1/incidents/?merged=false",
        f"/api/v1/documents/?q={MARKER}",
        *(f"/api/v1/exports/{shape}.jsonl?status=all&identities=usernames" for shape in EXPORT_VALUES["shape"]),
        *(f"/api/v1/exports/{shape}.csv?status=all" for shape in EXPORT_VALUES["shape"]),
    ]
    return generated.urls + filtered


def test_the_walk_covers_every_read_route_of_the_api():
    names = {route.name for route in url_routes("/api/v1/")}
    assert {"api-incident-detail", "api-incident-list", "annotation-list", "annotation-detail", "export"} <= names


def test_another_annotator_finds_none_of_as_work_anywhere_in_the_api(client_for, world, annotator, second_annotator):
    urls = _api_urls(world, annotator)
    assert leaks(client_for(second_annotator), urls, MARKER) == []


def test_the_walk_reaches_as_objects_and_would_see_a_leak(client_for, world, annotator, second_annotator, reviewer):
    urls = _api_urls(world, annotator)
    as_b = fetch_all(client_for(second_annotator), urls)
    incident = world["incidents"][0]
    # B does read A's incident (its title), so the check above looked where a leak would be.
    status, body = as_b[f"/api/v1/incidents/{incident.pk}/"]
    assert status == 200 and "Market strike" in body
    # The same walk as A, and as a reviewer, finds the marker: the check can fail.
    claim = world["a_annotations"][0]
    assert (f"/api/v1/annotations/{claim.pk}/", 200) in leaks(client_for(annotator), urls, MARKER)
    seen_by_reviewer = {url for url, _ in leaks(client_for(reviewer), urls, MARKER)}
    assert f"/api/v1/incidents/{incident.pk}/" in seen_by_reviewer


def test_an_annotator_sees_their_own_claims_on_anothers_incident(client_for, world, second_annotator):
    incident = world["incidents"][0]
    body = client_for(second_annotator).get(f"/api/v1/incidents/{incident.pk}/").json()
    assert [claim["annotation"] for claim in body["claims"]] == [world["b_annotation"].pk]
    assert "description" not in body and "summary" not in body
