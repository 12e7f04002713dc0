"""Republished copies at import: linked to their original, split with it, shown in the API."""

from __future__ import annotations

import json

import pytest
from rest_framework.test import APIClient

from annotations.exports.services import export_build
from annotations.models import DocumentBand, DocumentFingerprint, Label
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create, documents_import_file
from annotations.services.reviewing import annotation_approve, annotation_submit
from tests.text.test_near_duplicates import OTHER, REPUBLISHED, STORY

pytestmark = pytest.mark.django_db


def test_a_republished_copy_is_linked_to_its_original_at_import():
    original, _ = document_create(text=STORY, title="Atarib market strike")
    report = documents_import_file(
        name="batch.jsonl",
        data="\n".join(
            json.dumps({"title": title, "text": text})
            for title, text in [("Republished", REPUBLISHED), ("Idlib camp", OTHER), ("Again", REPUBLISHED + " More.")]
        ).encode(),
    )
    assert not report.problems
    copy, other, second_copy = sorted(report.created, key=lambda document: document.pk)
    stored = dict(DocumentFingerprint.objects.values_list("document_id", "copy_of_id"))
    assert stored[original.pk] is None
    assert stored[copy.pk] == original.pk
    assert stored[other.pk] is None
    assert stored[second_copy.pk] == original.pk  # a copy of a copy joins the original's group
    assert DocumentBand.objects.filter(document=copy).count() >= 1


def test_a_copy_falls_in_its_originals_split(annotator, reviewer):
    claim = Label.objects.get(key="casualty_claim")
    documents = [document_create(text=STORY, title="Original")[0], document_create(text=REPUBLISHED, title="Copy")[0]]
    assert DocumentFingerprint.objects.get(document=documents[1]).copy_of_id == documents[0].pk
    for document in documents:
        sentence = document.sentences.order_by("index")[1]
        made = annotation_create(annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=claim))
        annotation_approve(annotation=annotation_submit(annotation=made, by=annotator), reviewer=reviewer)
    for ratios in ({"train": "0.4", "dev": "0.3", "test": "0.3"}, {"train": "0.2", "dev": "0.1", "test": "0.7"}):
        lines = "".join(export_build(user=reviewer, shape="annotations", fmt="jsonl", params=ratios).chunks)
        splits = {json.loads(line)["document_id"]: json.loads(line)["split"] for line in lines.splitlines()}
        assert len(splits) == 2 and len(set(splits.values())) == 1


def test_the_api_names_the_original_of_a_copy(annotator):
    original, _ = document_create(text=STORY, title="Original")
    copy, _ = document_create(text=REPUBLISHED, title="Copy")
    client = APIClient()
    client.force_login(annotator)
    assert client.get(f"/api/v1/documents/{copy.pk}/").json()["copy_of"] == original.pk
    assert client.get(f"/api/v1/documents/{original.pk}/").json()["copy_of"] is None


def test_a_republished_copy_is_not_a_second_independent_source(annotator, reviewer):
    from annotations.models import Actor
    from annotations.services.incidents import incident_create, incident_link
    from annotations.verification import incident_summary

    claim = Label.objects.get(key="casualty_claim")
    incident = incident_create(by=reviewer, title="Atarib market strike", place_name="Atarib")
    outlets = [Actor.objects.create(name=name, kind="media") for name in ("Northern Monitor", "Valley Times")]
    original, _ = document_create(text=STORY, title="Original", publisher=outlets[0])
    copy, _ = document_create(text=REPUBLISHED, title="Copy", publisher=outlets[1])
    for document in (original, copy):
        sentence = document.sentences.order_by("index")[1]  # "... at least 13 civilians were killed ..."
        made = annotation_create(
            annotator=annotator,
            draft=AnnotationDraft(sentence=sentence, label=claim, figures={"killed_min": 13, "killed_max": None}),
        )
        approved = annotation_approve(annotation=annotation_submit(annotation=made, by=annotator), reviewer=reviewer)
        incident_link(incident=incident, annotation=approved, by=reviewer)
    summary = incident_summary(incident)
    assert summary["independent_sources"] == 1  # one report, published twice
    rows = {row["document"]["id"]: row for row in summary["claims"]}
    assert rows[copy.pk]["copy_of"] == original.pk and rows[original.pk]["copy_of"] is None


def test_the_incident_page_says_a_claims_document_is_a_copy(client, annotator, reviewer):
    test_a_republished_copy_is_not_a_second_independent_source(annotator, reviewer)
    from annotations.models import Incident

    client.force_login(reviewer)
    page = client.get(f"/incidents/{Incident.objects.get().pk}/").content.decode()
    assert page.count('data-testid="copy-of"') == 1
    assert "a republished copy of" in page
