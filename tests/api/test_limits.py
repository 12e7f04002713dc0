"""Bodies the API refuses before storing anything: too large, not JSON, the wrong content type."""

from __future__ import annotations

import json

from annotations.models import Annotation, Document


def test_oversized_body_is_413_with_a_json_message(client_for, annotator, document, labels, settings):
    settings.WORKBENCH_MAX_REQUEST_BYTES = 2048
    sentence = document.sentences.first()
    items = [{"sentence": sentence.pk, "label": "rhetoric", "note": "x" * 3000}]
    response = client_for(annotator).post(f"/api/v1/documents/{document.pk}/annotations/bulk/", {"items": items})
    assert response.status_code == 413
    body = response.json()
    assert "the limit is 2,048 bytes" in body["detail"] and body["limit"] == 2048
    assert not Annotation.objects.exists()


def test_oversized_upload_is_413(client_for, reviewer, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.WORKBENCH_MAX_UPLOAD_BYTES = 2048  # uploads have their own limit (a large one becomes a job)
    big = SimpleUploadedFile("big.txt", b"Words. " * 1000)
    response = client_for(reviewer).post("/api/v1/documents/upload/", {"file": big}, format="multipart")
    assert response.status_code == 413
    assert "WORKBENCH_MAX_UPLOAD_BYTES" in response.json()["detail"]
    assert not Document.objects.exists()


def test_body_under_the_limit_passes(client_for, annotator, document, labels, settings):
    settings.WORKBENCH_MAX_REQUEST_BYTES = 2048
    sentence = document.sentences.first()
    response = client_for(annotator).post("/api/v1/annotations/", {"sentence": sentence.pk, "label": "rhetoric"})
    assert response.status_code == 201


def test_malformed_json_is_400(client_for, annotator, document, labels):
    response = client_for(annotator).post(
        "/api/v1/annotations/", data='{"sentence": 1, "label": ', content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error")
    assert not Annotation.objects.exists()


def test_wrong_content_type_is_415_naming_what_is_accepted(client_for, annotator, document, labels):
    sentence = document.sentences.first()
    response = client_for(annotator).post(
        "/api/v1/annotations/",
        data=f"sentence={sentence.pk}&label=rhetoric",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 415
    body = response.json()
    assert body["accepted"] == ["application/json"]
    assert body["detail"].endswith("Send application/json.")
    assert not Annotation.objects.exists()


def test_form_posts_to_json_endpoints_are_refused(client_for, reviewer):
    response = client_for(reviewer).post(
        "/api/v1/documents/", data=json.dumps({"text": "Text."}), content_type="text/plain"
    )
    assert response.status_code == 415
    assert not Document.objects.exists()
