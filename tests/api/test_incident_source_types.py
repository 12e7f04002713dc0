"""The incidents API weighs sources: claim rows carry their publisher's and cited source's source
types, and the summary counts parties to the conflict apart from independent sources."""

import pytest

from tests.source_weighing_data import weighed_incident

pytestmark = pytest.mark.django_db


def test_claim_rows_carry_source_types_and_parties_are_not_independent(client_for, annotator, reviewer, labels):
    weighed = weighed_incident(annotator=annotator, reviewer=reviewer, labels=labels)
    response = client_for(reviewer).get(f"/api/v1/incidents/{weighed.incident.pk}/")
    assert response.status_code == 200
    body = response.json()
    rows = {row["annotation"]: row for row in body["summary"]["claims"]}
    relayed, regime = rows[weighed.relayed.pk], rows[weighed.regime.pk]
    assert relayed["publisher"]["source_type"] == "media"
    assert relayed["cited_source"] == {"id": relayed["cited_source"]["id"], "name": "SNHR", "source_type": "monitor"}
    assert regime["publisher"]["source_type"] == "party_to_conflict" and regime["cited_source"] is None
    assert body["claims"] == body["summary"]["claims"]
    summary = body["summary"]
    assert (summary["independent_sources"], summary["party_sources"]) == (1, 1)
    assert summary["suggested_grade"] == "weak"
    assert summary["suggested_grade_reason"] == "A single independent source."
    assert summary["responsibility_accepted_by"] == []


def test_a_partys_own_statement_of_responsibility_suggests_confirmed(client_for, annotator, reviewer, labels):
    weighed = weighed_incident(annotator=annotator, reviewer=reviewer, labels=labels, with_statement=True)
    summary = client_for(reviewer).get(f"/api/v1/incidents/{weighed.incident.pk}/").json()["summary"]
    assert summary["suggested_grade"] == "confirmed"
    assert [actor["name"] for actor in summary["responsibility_accepted_by"]] == ["Regime forces"]
    [statement] = [row for row in summary["claims"] if row["annotation"] == weighed.statement.pk]
    assert statement["accepts_responsibility"] is True
    assert statement["responsibility"]["actor"]["source_type"] == "party_to_conflict"


def test_the_incident_list_carries_the_weighing_too(client_for, annotator, reviewer, labels):
    weighed = weighed_incident(annotator=annotator, reviewer=reviewer, labels=labels)
    [row] = client_for(reviewer).get("/api/v1/incidents/").json()["results"]
    assert row["id"] == weighed.incident.pk
    assert row["summary"]["party_sources"] == 1
    assert {claim["publisher"]["source_type"] for claim in row["claims"]} == {"media", "party_to_conflict"}


def test_an_annotators_own_claims_carry_source_types_without_the_summary(client_for, annotator, reviewer, labels):
    weighed = weighed_incident(annotator=annotator, reviewer=reviewer, labels=labels)
    body = client_for(annotator).get(f"/api/v1/incidents/{weighed.incident.pk}/").json()
    assert "summary" not in body or body["summary"] is None
    assert {claim["publisher"]["source_type"] for claim in body["claims"]} == {"media", "party_to_conflict"}


def test_the_schema_documents_the_weighing(client_for, annotator):
    schema = client_for(annotator).get("/api/v1/schema/", {"format": "json"}).json()
    summary = schema["components"]["schemas"]["Summary"]["properties"]
    assert {"party_sources", "responsibility_accepted_by", "suggested_grade_reason"} <= set(summary)
    assert "source_type" in summary["claims"]["description"]
