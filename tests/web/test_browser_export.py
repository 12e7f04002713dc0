"""Exports in a real Chromium: download a file and read its rows, save a release, see errors in words."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest
from playwright.sync_api import expect

from annotations.models import DatasetRelease, Document, Label
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.reviewing import annotation_approve, annotation_submit
from tests.web.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def reviewed(db, annotator, reviewer) -> Document:
    """Two approved claims and one still waiting for review, in one document."""
    document, _ = document_create(
        text="Four people were killed in Atarib. The regime carried out the strike. Leaders must act now.",
        title="Atarib report",
    )
    sentences = list(document.sentences.order_by("index"))
    for sentence, key, approve in (
        (sentences[0], "casualty_claim", True),
        (sentences[1], "attribution", False),
        (sentences[2], "call_to_action", True),
    ):
        draft = AnnotationDraft(sentence=sentence, label=Label.objects.get(key=key))
        annotation = annotation_submit(annotation=annotation_create(annotator=annotator, draft=draft), by=annotator)
        if approve:
            annotation_approve(annotation=annotation, reviewer=reviewer)
    return document


def test_reviewer_downloads_an_export_and_saves_a_release(page, live_server, reviewer, reviewed, tmp_path):
    sign_in(page, reviewer)
    page.get_by_role("navigation").get_by_role("link", name="Exports").click()

    # Ratios that do not add up are refused in words before anything is downloaded.
    page.get_by_label("Train").fill("0.9")
    page.get_by_role("button", name="Download").click()
    expect(page.locator("#export-status")).to_contain_text("must add up to 1")
    page.get_by_label("Train").fill("0.8")

    page.get_by_label("Format").select_option("csv")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download").click()
    path = tmp_path / "annotations.csv"
    download_info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert sorted(row["label"] for row in rows) == ["call_to_action", "casualty_claim"]  # approved only
    assert {row["split"] for row in rows} <= {"train", "dev", "test"}
    assert {row["text"] for row in rows} == {"Four people were killed in Atarib.", "Leaders must act now."}

    page.get_by_label("Shape").select_option("sentences")
    page.get_by_label("Format").select_option("jsonl")
    page.get_by_label("Review status").select_option("submitted")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download").click()
    path = tmp_path / "sentences.jsonl"
    download_info.value.save_as(path)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    labelled = {line["text"]: line["labels"] for line in lines if line["labels"]}
    assert labelled == {"The regime carried out the strike.": ["attribution"]}

    page.get_by_label("Shape").select_option("annotations")
    page.get_by_label("Review status").select_option("approved")
    page.get_by_label("Release name").fill("atarib-v1")
    page.get_by_role("button", name="Save as release").click()
    expect(page.locator("#export-status")).to_contain_text("Release “atarib-v1” saved: 2 rows")
    release = DatasetRelease.objects.get(name="atarib-v1")
    row = page.locator("#releases").get_by_role("row", name="atarib-v1")
    expect(row).to_contain_text(release.sha256)
    expect(row.get_by_role("cell").nth(2)).to_have_text("2")

    with page.expect_download() as download_info:
        row.get_by_role("link", name="Download").click()
    saved = tmp_path / "release.jsonl"
    download_info.value.save_as(saved)
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == release.sha256
    assert len(saved.read_text(encoding="utf-8").splitlines()) == 2
    assert page.script_problems == []
