"""Casualty figures over HTTP: suggestions stored with a new claim, a person's edit, and the checks
that keep a breakdown inside its toll (400 naming the field, nothing stored)."""

import pytest

from annotations.models import Annotation, CasualtyFigures

pytestmark = pytest.mark.django_db

LIST = "/api/v1/annotations/"


def _bulk(document) -> str:
    return f"/api/v1/documents/{document.pk}/annotations/bulk/"


def test_a_claim_made_with_one_key_carries_the_suggested_figures(client_for, annotator, sentences):
    response = client_for(annotator).post(LIST, {"sentence": sentences[1].pk, "label": "casualty_claim"})
    assert response.status_code == 201, response.json()
    figures = response.json()["figures"]
    assert (figures["killed_min"], figures["injured_max"], figures["is_suggested"]) == (4, 21, True)


def test_bulk_claims_carry_their_suggestions_in_the_response(client_for, annotator, document, sentences):
    items = [
        {"sentence": sentences[1].pk, "label": "casualty_claim"},
        {"sentence": sentences[0].pk, "label": "rhetoric"},
    ]
    response = client_for(annotator).post(_bulk(document), {"items": items})
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body[0]["figures"]["is_suggested"] is True and body[0]["figures"]["killed_min"] == 4
    assert body[1]["figures"] is None


def test_a_patch_with_figures_confirms_them_as_a_persons(client_for, annotator, sentences):
    client = client_for(annotator)
    made = client.post(LIST, {"sentence": sentences[1].pk, "label": "casualty_claim"}).json()
    kept = dict(made["figures"])
    kept.pop("is_suggested")
    response = client.patch(f"{LIST}{made['id']}/", {"version": 1, "figures": kept})
    assert response.status_code == 200, response.json()
    assert response.json()["figures"]["is_suggested"] is False
    assert response.json()["figures"]["killed_min"] == 4


def test_a_breakdown_above_the_toll_is_400_naming_the_field(client_for, annotator, sentences):
    figures = {"killed_min": 4, "killed_max": 4, "children_killed": 3, "women_killed": 2}
    response = client_for(annotator).post(
        LIST, {"sentence": sentences[1].pk, "label": "casualty_claim", "figures": figures}
    )
    assert response.status_code == 400
    assert "children_killed + women_killed (5) is more than the killed total" in str(
        response.json()["errors"]["figures.women_killed"]
    )
    assert not Annotation.objects.exists()


def test_at_least_with_a_maximum_is_400_in_a_bulk_request_and_stores_nothing(
    client_for, annotator, document, sentences
):
    at_least = {"qualifier": "at_least", "killed_min": 13, "killed_max": 13}
    items = [
        {"sentence": sentences[0].pk, "label": "rhetoric"},
        {"sentence": sentences[1].pk, "label": "casualty_claim", "figures": at_least},
    ]
    response = client_for(annotator).post(_bulk(document), {"items": items})
    assert response.status_code == 400
    assert "'at least' takes no maximum" in str(response.json()["errors"]["items[1].figures.killed_max"])
    assert not Annotation.objects.exists() and not CasualtyFigures.objects.exists()
