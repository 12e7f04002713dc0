"""The incident endpoints over HTTP, and the agreement endpoint."""

import pytest

from annotations.models import Actor, Event, EventKind, Incident, IncidentLink
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_approve, annotation_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved_claim(document, labels, reviewer):
    sentences = list(document.sentences.order_by("index"))

    def make(user, killed, *, index=1, label="casualty_claim", cited=None, approve=True):
        figures = (
            {"killed_min": killed, "killed_max": killed, "cited_source": cited} if label == "casualty_claim" else None
        )
        annotation = annotation_create(
            annotator=user, draft=AnnotationDraft(sentence=sentences[index], label=labels[label], figures=figures)
        )
        if approve:
            annotation_submit(annotation=annotation, by=user)
            annotation = annotation_approve(annotation=annotation, reviewer=reviewer)
        return annotation

    return make


@pytest.fixture
def incident(reviewer):
    return incident_create(by=reviewer, title="Atarib strike", place_name="Atarib", occurred_on="2024-11-21")


def test_reviewer_reads_an_incident_with_its_verification_summary(
    client_for, reviewer, annotator, second_annotator, incident, approved_claim
):
    civil_defense = Actor.objects.create(name="Civil Defense", kind="first_responder")
    for user, killed, cited in ((annotator, 13, None), (second_annotator, 15, civil_defense)):
        incident_link(incident=incident, annotation=approved_claim(user, killed, cited=cited), by=reviewer)
    response = client_for(reviewer).get(f"/api/v1/incidents/{incident.pk}/")
    assert response.status_code == 200
    summary = response.json()["summary"]
    assert summary["killed"] == {"min": 13, "max": 15}
    assert summary["conflict"] is True
    assert summary["independent_sources"] == 2
    assert summary["suggested_grade"] == "fair"
    assert [claim["figures"]["killed_min"] for claim in summary["claims"]] == [13, 15]
    assert summary["claims"][1]["cited_source"] == {
        "id": civil_defense.pk,
        "name": "Civil Defense",
        "source_type": "other",
    }


def test_annotators_see_incidents_without_other_peoples_claims(
    client_for, reviewer, annotator, second_annotator, incident, approved_claim
):
    Incident.objects.filter(pk=incident.pk).update(description="Reviewer's notes", grade_note="one source")
    mine = approved_claim(annotator, 13, approve=False)
    theirs = approved_claim(second_annotator, 15)
    incident_link(incident=incident, annotation=mine, by=annotator)
    incident_link(incident=incident, annotation=theirs, by=reviewer)
    response = client_for(annotator).get(f"/api/v1/incidents/{incident.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "id", "project", "title", "place_name", "admin_area", "occurred_on", "date_precision", "version", "claims",
    }  # fmt: skip
    assert [claim["annotation"] for claim in body["claims"]] == [mine.pk]
    assert body["claims"][0]["figures"]["killed_min"] == 13
    assert body["occurred_on"] == "2024-11-21"
    listed = client_for(annotator).get("/api/v1/incidents/").json()["results"][0]
    assert listed == body
    assert [
        c["annotation"] for c in client_for(reviewer).get(f"/api/v1/incidents/{incident.pk}/").json()["claims"]
    ] == [
        mine.pk,
        theirs.pk,
    ]


def test_annotators_see_the_description_of_incidents_they_created(client_for, annotator, second_annotator):
    response = client_for(annotator).post("/api/v1/incidents/", {"title": "Strike", "description": "my notes"})
    assert response.status_code == 201 and response.json()["description"] == "my notes"
    other = client_for(second_annotator).get(f"/api/v1/incidents/{response.json()['id']}/").json()
    assert "description" not in other and "created_by" not in other


def test_outsiders_cannot_read_incidents(client_for, outsider, incident):
    assert client_for(outsider).get("/api/v1/incidents/").status_code == 403


def test_list_filters_and_pins_its_query_count(
    client_for, reviewer, annotator, incident, approved_claim, django_assert_max_num_queries
):
    market = incident_create(by=reviewer, title="Market strike", place_name="Darat Izza", occurred_on="2024-10-02")
    incident_link(incident=market, annotation=approved_claim(annotator, 4), by=reviewer)
    merged = incident_create(by=reviewer, title="Duplicate")
    merged.merged_into = market
    merged.save()
    client = client_for(reviewer)
    client.get("/api/v1/incidents/")
    # session, user, groups, the user's project memberships (only their projects' incidents, and
    # whether they review each one's project), count, the page, the summaries' links
    with django_assert_max_num_queries(7):
        response = client.get("/api/v1/incidents/")
    assert [i["id"] for i in response.json()["results"]] == [incident.pk, market.pk]
    assert response.json()["results"][1]["summary"]["killed"] == {"min": 4, "max": 4}

    def ids(query):
        return [i["id"] for i in client.get(f"/api/v1/incidents/?{query}").json()["results"]]

    assert ids("q=darat") == [market.pk]
    assert ids("place=atar") == [incident.pk]
    assert ids("occurred_before=2024-10-31") == [market.pk]
    assert ids("occurred_after=2024-11-01") == [incident.pk]
    assert ids("grade=fair") == []
    assert ids("merged=true") == [merged.pk]


def test_create_and_edit(client_for, reviewer, annotator):
    response = client_for(annotator).post(
        "/api/v1/incidents/", {"title": "Strike on the mosque", "occurred_on": "2024-11-20", "latitude": "36.0"}
    )
    assert response.status_code == 201, response.json()
    pk = response.json()["id"]
    assert response.json()["version"] == 1
    assert client_for(reviewer).get(f"/api/v1/incidents/{pk}/").json()["created_by"]["username"] == "ann"
    assert client_for(annotator).patch(f"/api/v1/incidents/{pk}/", {"title": "Mine", "version": 1}).status_code == 403
    response = client_for(reviewer).patch(f"/api/v1/incidents/{pk}/", {"place_name": "Daret Izza", "version": 1})
    assert response.status_code == 200 and response.json()["place_name"] == "Daret Izza"
    assert response.json()["version"] == 2
    assert Event.objects.filter(incident_id=pk, kind=EventKind.INCIDENT_EDITED).count() == 1


def test_bad_incident_input_is_400_and_stores_nothing(client_for, reviewer):
    client = client_for(reviewer)
    response = client.post("/api/v1/incidents/", {"title": "Strike", "colour": "red"})
    assert response.status_code == 400 and set(response.json()["errors"]) == {"colour"}
    response = client.post("/api/v1/incidents/", {"title": "", "latitude": "123"})
    assert response.status_code == 400 and set(response.json()["errors"]) == {"title", "latitude"}
    assert not Incident.objects.exists()


def test_grade_is_not_patched_but_graded_with_a_note(client_for, reviewer, incident):
    client = client_for(reviewer)
    assert client.patch(f"/api/v1/incidents/{incident.pk}/", {"grade": "fair", "version": 1}).status_code == 400
    response = client.post(f"/api/v1/incidents/{incident.pk}/grade/", {"grade": "fair", "note": "", "version": 1})
    assert response.status_code == 400 and "note" in response.json()["errors"]
    response = client.post(
        f"/api/v1/incidents/{incident.pk}/grade/", {"grade": "contested", "note": "two actors", "version": 1}
    )
    assert response.status_code == 200 and response.json()["grade"] == "contested"
    assert response.json()["version"] == 2


def test_link_and_unlink(client_for, reviewer, annotator, incident, approved_claim):
    claim = approved_claim(annotator, 13)
    rhetoric = approved_claim(annotator, None, index=2, label="rhetoric")
    client = client_for(reviewer)
    response = client.post(f"/api/v1/incidents/{incident.pk}/links/", {"annotation": claim.pk})
    assert response.status_code == 201
    assert [c["annotation"] for c in response.json()["summary"]["claims"]] == [claim.pk]
    refused = client.post(f"/api/v1/incidents/{incident.pk}/links/", {"annotation": rhetoric.pk})
    assert refused.status_code == 400 and "Only casualty claims and attributions" in refused.json()["detail"]
    assert client.delete(f"/api/v1/incidents/{incident.pk}/links/{claim.pk}/").status_code == 204
    assert not IncidentLink.objects.exists()
    assert client.delete(f"/api/v1/incidents/{incident.pk}/links/{claim.pk}/").status_code == 400


def test_annotator_links_own_draft_but_not_others(client_for, annotator, second_annotator, incident, approved_claim):
    own = approved_claim(annotator, 4, approve=False)
    theirs = approved_claim(second_annotator, 4, approve=False)
    client = client_for(annotator)
    assert client.post(f"/api/v1/incidents/{incident.pk}/links/", {"annotation": own.pk}).status_code == 201
    assert client.post(f"/api/v1/incidents/{incident.pk}/links/", {"annotation": theirs.pk}).status_code == 404


def test_linking_or_unlinking_anothers_annotation_says_nothing_of_it(
    client_for, annotator, second_annotator, reviewer, incident, approved_claim
):
    theirs = approved_claim(second_annotator, None, index=2, label="rhetoric", approve=False)
    linked = approved_claim(second_annotator, 4)
    incident_link(incident=incident, annotation=linked, by=reviewer)
    client = client_for(annotator)
    for response in (
        client.post(f"/api/v1/incidents/{incident.pk}/links/", {"annotation": theirs.pk}),
        client.delete(f"/api/v1/incidents/{incident.pk}/links/{theirs.pk}/"),
        client.delete(f"/api/v1/incidents/{incident.pk}/links/{linked.pk}/"),
    ):
        assert response.status_code == 404
        assert "rhetoric" not in response.content.decode() and "casualty" not in response.content.decode()
    assert IncidentLink.objects.filter(annotation=linked).exists()


# --- versions, aliases, tolerant search --------------------------------------------------------------


def test_a_stale_incident_edit_is_409_with_the_stored_incident(client_for, reviewer, second_reviewer, incident):
    first = client_for(reviewer).patch(f"/api/v1/incidents/{incident.pk}/", {"title": "Atarib market", "version": 1})
    assert first.status_code == 200 and first.json()["version"] == 2
    stale = client_for(second_reviewer).patch(
        f"/api/v1/incidents/{incident.pk}/", {"description": "late edit", "version": 1}
    )
    assert stale.status_code == 409
    assert "changed since you loaded it" in stale.json()["detail"]
    assert stale.json()["current"]["title"] == "Atarib market" and stale.json()["current"]["version"] == 2
    incident.refresh_from_db()
    assert incident.description == "" and incident.version == 2


def test_a_stale_grade_is_409_and_grades_nothing(client_for, reviewer, second_reviewer, incident):
    client_for(reviewer).patch(f"/api/v1/incidents/{incident.pk}/", {"admin_area": "Aleppo", "version": 1})
    stale = client_for(second_reviewer).post(
        f"/api/v1/incidents/{incident.pk}/grade/", {"grade": "fair", "note": "two sources", "version": 1}
    )
    assert stale.status_code == 409 and stale.json()["current"]["admin_area"] == "Aleppo"
    incident.refresh_from_db()
    assert incident.grade == "unassessed"
    assert not Event.objects.filter(incident=incident, kind=EventKind.INCIDENT_GRADED).exists()


def test_edit_and_grade_need_the_version(client_for, reviewer, incident):
    client = client_for(reviewer)
    response = client.patch(f"/api/v1/incidents/{incident.pk}/", {"title": "No version"})
    assert response.status_code == 400 and "version" in response.json()["errors"]
    response = client.post(f"/api/v1/incidents/{incident.pk}/grade/", {"grade": "fair", "note": "x"})
    assert response.status_code == 400 and "version" in response.json()["errors"]


def test_aliases_are_edited_and_found_by_a_spelling_tolerant_search(client_for, reviewer, annotator, incident):
    darat = incident_create(by=reviewer, title="Market strike", place_name="Darat Izza", occurred_on="2024-10-02")
    client = client_for(reviewer)
    response = client.patch(
        f"/api/v1/incidents/{incident.pk}/", {"aliases": [" Al-Atareb ", "", "Al-Atareb", "Atareb"], "version": 1}
    )
    assert response.status_code == 200 and response.json()["aliases"] == ["Al-Atareb", "Atareb"]

    def found(query, user=annotator):
        return [i["id"] for i in client_for(user).get("/api/v1/incidents/", {"search": query}).json()["results"]]

    assert found("daret izza") == [darat.pk]
    assert found("Dārat ʿIzzah") == [darat.pk]
    assert found("DARET") == [darat.pk]
    assert found("el atarib") == [incident.pk]  # through the alias
    assert found("market") == [darat.pk]
    assert found("aleppo") == []
    assert [i["id"] for i in client.get("/api/v1/incidents/", {"q": "daret izza"}).json()["results"]] == [darat.pk]


def test_bad_aliases_are_400(client_for, reviewer, incident):
    response = client_for(reviewer).patch(f"/api/v1/incidents/{incident.pk}/", {"aliases": "Atareb", "version": 1})
    assert response.status_code == 400 and "aliases" in response.json()["errors"]


def test_merge_moves_claims_and_returns_the_survivor(client_for, reviewer, annotator, incident, approved_claim):
    survivor = incident_create(by=reviewer, title="Atarib massacre")
    claim = approved_claim(annotator, 13)
    incident_link(incident=incident, annotation=claim, by=reviewer)
    client = client_for(reviewer)
    response = client.post(f"/api/v1/incidents/{incident.pk}/merge/", {"into": survivor.pk})
    assert response.status_code == 200
    assert response.json()["id"] == survivor.pk
    assert [c["annotation"] for c in response.json()["summary"]["claims"]] == [claim.pk]
    assert client.get(f"/api/v1/incidents/{incident.pk}/").json()["merged_into"] == survivor.pk
    again = client.post(f"/api/v1/incidents/{incident.pk}/merge/", {"into": survivor.pk})
    assert again.status_code == 409 and "was merged into" in again.json()["detail"]
    assert client.post(f"/api/v1/incidents/{survivor.pk}/merge/", {"into": 99999}).status_code == 404


# --- agreement ---------------------------------------------------------------------------------------


def test_agreement_endpoint_reports_alphas_pairs_and_disagreements(
    client_for, reviewer, annotator, second_annotator, document, approved_claim
):
    approved_claim(annotator, 4, index=1)
    approved_claim(second_annotator, 4, index=1)
    approved_claim(annotator, None, index=2, label="attribution", approve=False)
    annotation_submit(annotation=document.sentences.get(index=2).annotations.get(), by=annotator)
    approved_claim(second_annotator, None, index=2, label="rhetoric", approve=False)
    annotation_submit(
        annotation=document.sentences.get(index=2).annotations.get(label__key="rhetoric"), by=second_annotator
    )
    response = client_for(reviewer).get(f"/api/v1/agreement/?document={document.pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["sentences"] == 2
    assert set(body["per_label"]) >= {"casualty_claim", "attribution", "call_to_action", "rhetoric"}
    assert body["pairs"] == [{"annotators": ["ann", "ann2"], "sentences": 2, "agreed": 1, "disagreed": 1}]
    assert body["disagreements"][0]["labels"] == {"ann": ["attribution"], "ann2": ["rhetoric"]}
    assert isinstance(body["overall_alpha"], float)


def test_agreement_is_for_reviewers_and_checks_its_input(client_for, reviewer, annotator):
    assert client_for(annotator).get("/api/v1/agreement/").status_code == 403
    response = client_for(reviewer).get("/api/v1/agreement/?document=abc")
    assert response.status_code == 400 and "document" in response.json()["errors"]


def test_an_arabic_search_finds_incidents_inside_words_and_however_spelled(client_for, reviewer, annotator):
    # Arabic writes "and" (و) joined to the next word: "وأريحا" holds the place "أريحا" mid-word,
    # where the word-start key alone does not reach.
    raid = incident_create(by=reviewer, title="غارات على سراقب وأريحا", place_name="مَعَرَّة النعمان")
    other = incident_create(by=reviewer, title="قصف مشفى الهدى", place_name="كفرنبل")

    def found(**params) -> list[int]:
        response = client_for(annotator).get("/api/v1/incidents/", params)
        assert response.status_code == 200
        return [i["id"] for i in response.json()["results"]]

    assert found(q="اريحا") == [raid.pk]
    assert found(q="مشفي الهدي") == [other.pk]
    assert found(place="معره") == [raid.pk]
    assert found(place="كفر") == [other.pk]
    assert found(place="حلب") == []
