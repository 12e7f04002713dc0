"""Incident matching over HTTP and in the service: place spellings, date precision, strike type, reasons."""

from __future__ import annotations

from datetime import date

import pytest

from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.incident_matching import incident_duplicates, incident_matches, strike_kinds
from annotations.services.incidents import incident_create, incident_link


@pytest.fixture
def incidents(reviewer):
    return {
        "darat": incident_create(
            by=reviewer,
            title="Darat Izza market strike",
            place_name="Darat Izza",
            occurred_on=date(2024, 11, 28),
            date_precision="day",
            strike_type="airstrike",
        ),
        "idlib": incident_create(
            by=reviewer,
            title="Idlib city shelling",
            place_name="Idlib",
            occurred_on=date(2024, 11, 20),
            date_precision="week",
            strike_type="artillery shelling",
        ),
        "atarib": incident_create(
            by=reviewer,
            title="Atarib strike",
            place_name="Atarib",
            occurred_on=date(2024, 10, 2),
            date_precision="month",
            strike_type="air strike",
        ),
    }


def test_transliterations_of_a_place_match(incidents):
    found = incident_matches(place="Daret Izza")
    assert [m.incident.pk for m in found] == [incidents["darat"].pk]
    assert found[0].reasons == ["same place: 'Darat Izza'"]
    assert [m.incident.pk for m in incident_matches(place="Idleb")] == [incidents["idlib"].pk]


def test_date_within_the_incidents_precision_and_strike_type_raise_the_score(incidents):
    same_day = incident_matches(place="Darat Izza", occurred_on=date(2024, 11, 29), strike_type="Russian airstrikes")
    assert same_day[0].score == pytest.approx(1.0)
    assert same_day[0].reasons[1] == "date 2024-11-29 within the incident's day (2024-11-28)"
    assert same_day[0].reasons[2] == "same kind of attack: airstrike"
    week_later = incident_matches(place="Darat Izza", occurred_on=date(2024, 12, 10))
    assert week_later[0].score == pytest.approx(0.5) and len(week_later[0].reasons) == 1
    # A week-precise incident accepts a date five days off; a month-precise one the whole month.
    assert incident_matches(place="Idlib", occurred_on=date(2024, 11, 25))[0].score == pytest.approx(0.8)
    assert incident_matches(place="Atarib", occurred_on=date(2024, 10, 30))[0].score == pytest.approx(0.8)
    assert incident_matches(place="Atarib", occurred_on=date(2024, 11, 1))[0].score == pytest.approx(0.6)


def test_without_the_place_a_date_and_attack_together_still_match(incidents):
    found = incident_matches(occurred_on=date(2024, 11, 28), strike_type="air raid")
    assert [m.incident.pk for m in found] == [incidents["darat"].pk]
    assert incident_matches(occurred_on=date(2024, 11, 28)) == []
    assert incident_matches(place="Aleppo") == []


def test_merged_incidents_are_not_offered(incidents, reviewer):
    from annotations.services.incidents import incident_merge

    copy = incident_create(by=reviewer, title="Daret Izza strike", place_name="Daret Izza")
    incident_merge(incident=copy, into=incidents["darat"], by=reviewer)
    assert [m.incident.pk for m in incident_matches(place="Darat Izza")] == [incidents["darat"].pk]


def test_strike_kinds_read_a_sentence():
    assert strike_kinds("Regime artillery shelled the town") == {"shelling"}
    assert strike_kinds("A drone strike hit a car") == {"drone"}
    assert strike_kinds("") == set()


def claim_on(annotator, labels, text, published_on):
    document, _ = document_create(text=text, title="Report", published_on=published_on)
    return annotation_create(
        annotator=annotator,
        draft=AnnotationDraft(sentence=document.sentences.order_by("index").first(), label=labels["casualty_claim"]),
    )


def test_a_claim_is_matched_by_the_places_in_its_sentence_and_its_documents_date(
    client_for, annotator, labels, incidents
):
    claim = claim_on(
        annotator,
        labels,
        "Warplanes bombed the market in Daret Izza, killing four civilians.",
        date(2024, 11, 29),
    )
    response = client_for(annotator).get("/api/v1/incidents/matches/", {"annotation": claim.pk})
    assert response.status_code == 200, response.json()
    results = response.json()["results"]
    assert [r["incident"]["id"] for r in results] == [incidents["darat"].pk]
    assert results[0]["score"] == 0.9
    assert results[0]["reasons"] == [
        "the text names the place 'Darat Izza'",
        "date 2024-11-29 within the incident's day (2024-11-28)",
        "same kind of attack: airstrike",
    ]
    assert set(results[0]["incident"]) == {
        "id",
        "title",
        "place_name",
        "admin_area",
        "occurred_on",
        "date_precision",
        "version",
    }
    incident_link(incident=incidents["darat"], annotation=claim, by=annotator)
    again = client_for(annotator).get("/api/v1/incidents/matches/", {"annotation": claim.pk}).json()
    assert again["results"] == []  # already linked


def test_match_queries_by_place_date_and_strike_type(client_for, annotator, incidents):
    body = (
        client_for(annotator)
        .get("/api/v1/incidents/matches/", {"place": "idleb", "date": "2024-11-22", "strike_type": "mortar"})
        .json()
    )
    assert [r["incident"]["id"] for r in body["results"]] == [incidents["idlib"].pk]
    assert body["results"][0]["score"] == 1.0


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "annotation"),
        ({"date": "28/11/2024"}, "date"),
        ({"place": "x", "limit": "0"}, "limit"),
        ({"place": "x", "colour": "red"}, "colour"),
    ],
)
def test_bad_match_queries_are_a_400_naming_the_field(client_for, annotator, params, field):
    response = client_for(annotator).get("/api/v1/incidents/matches/", params)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_someone_elses_claim_is_not_found(client_for, annotator, second_annotator, labels):
    claim = claim_on(second_annotator, labels, "Two people died in Atarib.", None)
    assert client_for(annotator).get("/api/v1/incidents/matches/", {"annotation": claim.pk}).status_code == 404


def test_reviewers_get_probable_duplicates_with_reasons(client_for, reviewer, annotator, incidents):
    copy = incident_create(
        by=annotator,
        title="Daret Izza bombing",
        place_name="Daret Izza",
        occurred_on=date(2024, 11, 29),
        strike_type="air strike",
    )
    incident_create(
        by=annotator, title="Darat Izza, a year later", place_name="Darat Izza", occurred_on=date(2025, 11, 28)
    )
    incident_create(by=annotator, title="Idlib, undated", place_name="Idleb")
    pairs = client_for(reviewer).get("/api/v1/incidents/duplicates/").json()["results"]
    by_ids = {tuple(sorted(i["id"] for i in pair["incidents"])): pair for pair in pairs}
    darat = by_ids[tuple(sorted((incidents["darat"].pk, copy.pk)))]
    assert darat["score"] == 1.0
    assert darat["reasons"] == [
        "same place: 'Darat Izza'",
        "date 2024-11-29 within the incident's day (2024-11-28)",
        "same kind of attack: airstrike",
    ]
    assert len(pairs) == 2  # the Idlib pair (one undated); not the Darat Izza of a year later
    undated = next(p for p in pairs if p is not darat)
    assert "one of them has no date" in undated["reasons"]
    assert client_for(annotator).get("/api/v1/incidents/duplicates/").status_code == 403
    assert client_for(reviewer).get("/api/v1/incidents/duplicates/", {"limit": "x"}).status_code == 400


def test_duplicates_read_the_incidents_in_one_query(incidents, django_assert_num_queries):
    with django_assert_num_queries(1):  # the unmerged incidents
        incident_duplicates()
