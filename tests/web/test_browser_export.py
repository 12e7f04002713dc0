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


@pytest.fixture(autouse=True)
def releases_dir(settings, tmp_path):
    settings.WORKBENCH_RELEASES_DIR = tmp_path / "releases"
    return settings.WORKBENCH_RELEASES_DIR


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


def test_all_statuses_a_bom_for_spreadsheets_and_identities_outside_the_split(
    page, live_server, reviewer, reviewed, tmp_path, screenshot_dir
):
    sign_in(page, reviewer)
    page.goto("/exports/")
    # The identities choice is an export setting of its own, not part of the split box.
    expect(page.get_by_label("Annotator identities")).to_be_visible()
    assert page.locator("fieldset", has_text="Train / dev / test split").locator("#x-identities").count() == 0

    bom = page.get_by_label("Start the CSV with a byte-order mark", exact=False)
    expect(bom).to_be_disabled()  # JSON lines take no byte-order mark
    page.get_by_label("Format").select_option("csv")
    expect(bom).to_be_enabled()
    bom.check()
    page.get_by_label("Review status").select_option("all")
    page.screenshot(path=str(screenshot_dir / "exports-1280x800.png"), full_page=True)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download").click()
    path = tmp_path / "all.csv"
    download_info.value.save_as(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert sorted(row["status"] for row in rows) == ["approved", "approved", "submitted"]
    assert "review_comment" in rows[0]

    page.get_by_label("Format").select_option("jsonl")
    expect(bom).to_be_disabled()
    expect(bom).not_to_be_checked()
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(screenshot_dir / "exports-390x844.png"), full_page=True)
    assert page.script_problems == []


def test_save_as_release_twice_makes_one_release(page, live_server, reviewer, reviewed):
    sign_in(page, reviewer)
    page.goto("/exports/")
    page.get_by_label("Release name").fill("atarib-v1")
    save = page.get_by_role("button", name="Save as release")

    # Hold the request: the button stays disabled while it runs, so a second click sends nothing.
    held = []
    page.route("**/api/v1/releases/", lambda route: held.append(route))
    save.click()
    expect(save).to_be_disabled()
    save.click(force=True)
    page.wait_for_timeout(200)
    assert len(held) == 1
    held[0].continue_()
    page.unroute("**/api/v1/releases/")
    expect(page.locator("#export-status")).to_contain_text("Release “atarib-v1” saved")
    assert DatasetRelease.objects.filter(name="atarib-v1").count() == 1

    # After the reload, the same name again is refused in words, naming the release that has it.
    page.wait_for_load_state("load")
    expect(page.locator("#releases").get_by_role("row", name="atarib-v1")).to_be_visible()
    page.get_by_label("Release name").fill("Atarib-V1")
    page.get_by_role("button", name="Save as release").click()
    expect(page.locator("#export-status")).to_contain_text("a release named “atarib-v1” exists already")
    expect(page.get_by_role("button", name="Save as release")).to_be_enabled()
    assert DatasetRelease.objects.count() == 1
