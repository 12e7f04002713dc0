"""The label taxonomy as clients read it."""

from __future__ import annotations

from annotations.models import Label


def test_labels_in_display_order_with_guidelines(client_for, annotator, labels):
    body = client_for(annotator).get("/api/v1/labels/").json()
    assert [label["key"] for label in body] == ["casualty_claim", "attribution", "call_to_action", "rhetoric"]
    first = body[0]
    assert set(first) >= {"id", "key", "name", "colour", "shortcut", "guideline", "order"}
    assert first["shortcut"] == "1" and first["colour"].startswith("#") and first["guideline"]


def test_retired_labels_are_left_out_unless_asked_for(client_for, annotator, labels):
    Label.objects.filter(key="rhetoric").update(is_active=False)
    client = client_for(annotator)
    assert "rhetoric" not in [label["key"] for label in client.get("/api/v1/labels/").json()]
    retired = client.get("/api/v1/labels/", {"is_active": "false"}).json()
    assert [label["key"] for label in retired] == ["rhetoric"]


def test_retired_label_takes_no_new_annotation(client_for, annotator, document, labels):
    Label.objects.filter(key="rhetoric").update(is_active=False)
    response = client_for(annotator).post(
        "/api/v1/annotations/", {"sentence": document.sentences.first().pk, "label": "rhetoric"}
    )
    assert response.status_code == 400
    assert "retired" in response.json()["errors"]["label"][0]
