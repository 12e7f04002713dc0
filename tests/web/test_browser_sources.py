"""A reviewer imports a saved web page on the import page and finds its original on the annotate page."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from playwright.sync_api import expect

from annotations.models import Document
from tests.web.conftest import sign_in

pytestmark = pytest.mark.browser

SAVED_PAGE = Path(__file__).resolve().parent.parent / "data" / "sources" / "darat_izza_market.html"


def test_reviewer_imports_a_saved_page_and_downloads_its_original(page, live_server, reviewer, sources_dir, tmp_path):
    data = SAVED_PAGE.read_bytes()
    sign_in(page, reviewer)
    page.goto("/documents/import/")
    page.get_by_label("Files to import").set_input_files(str(SAVED_PAGE))
    page.get_by_role("button", name="Import", exact=True).click()

    result = page.locator(".import-result", has_text="darat_izza_market.html")
    expect(result).to_contain_text("1 imported, 0 already stored, 0 problem(s)")
    result.get_by_role("link", name="Airstrikes kill four civilians in Darat Izza market").click()

    expect(page.locator("#document-text")).to_contain_text("four civilians were killed and 21 others were injured")
    expect(page.locator("#document-text")).not_to_contain_text("Please enter your comment")
    original = page.locator("#source-file")
    expect(original).to_contain_text("Original: darat_izza_market.html")
    expect(original).to_contain_text(hashlib.sha256(data).hexdigest()[:12])
    with page.expect_download() as waiting:
        original.get_by_role("link", name="Download").click()
    download = waiting.value
    assert download.suggested_filename == "darat_izza_market.html"
    saved = tmp_path / "downloaded.html"
    download.save_as(saved)
    assert saved.read_bytes() == data
    assert Document.objects.get().source_file.sha256 == hashlib.sha256(data).hexdigest()
    assert page.script_problems == []
