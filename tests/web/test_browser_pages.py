"""Every page in a real Chromium at 1280x800 and at 390x844: it renders without script errors, nothing
spills sideways on a phone, and every form control has a name a screen reader can read."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import Document
from annotations.services.incidents import incident_create
from annotations.services.seed import seed_corpus_load
from tests.web.conftest import DESKTOP, PHONE, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

UNNAMED_CONTROLS = """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
    .filter((node) => node.offsetParent !== null)
    .filter((node) => {
        const labelled = node.labels && node.labels.length > 0;
        const named = node.getAttribute('aria-label') || node.getAttribute('aria-labelledby') || node.title;
        const text = node.tagName === 'BUTTON' && node.textContent.trim();
        return !(labelled || named || text);
    })
    .map((node) => node.outerHTML.slice(0, 120))"""


def test_every_page_fits_a_phone_and_names_its_controls(page, live_server, reviewer, screenshot_dir):
    seed_corpus_load()
    document = Document.objects.order_by("id").first()
    incident = incident_create(by=reviewer, title="Darat Izza market strike", place_name="Darat Izza")
    pages = {
        "home": "/",
        "documents": "/documents/",
        "import": "/documents/import/",
        "annotate": f"/documents/{document.id}/annotate/",
        "review": "/review/",
        "incidents": "/incidents/",
        "incident": f"/incidents/{incident.id}/",
        "exports": "/exports/",
        "agreement": f"/agreement/?document={document.id}",
    }
    sign_in(page, reviewer)
    for name, url in pages.items():
        for size in (DESKTOP, PHONE):
            page.set_viewport_size(size)
            page.goto(url)
            expect(page.locator("h1")).to_be_visible()
            page.wait_for_load_state("networkidle")
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} spills {overflow}px sideways at {size['width']}px"
            assert page.evaluate(UNNAMED_CONTROLS) == [], f"{name} has controls without a label"
            page.screenshot(path=str(screenshot_dir / f"{name}-{size['width']}x{size['height']}.png"))
    print(f"screenshots of every page: {screenshot_dir}")
    assert page.script_problems == []


def test_sign_in_says_in_words_when_the_password_is_wrong(page, live_server, annotator):
    page.goto("/")
    page.get_by_label("User name").fill(annotator.username)
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("did not match")
    sign_in(page, annotator)
    expect(page.get_by_role("heading", name="Welcome, ann")).to_be_visible()


def test_reviewer_imports_files_and_sees_the_importers_errors_next_to_each_file(page, live_server, reviewer, tmp_path):
    good = tmp_path / "atarib.txt"
    good.write_text("Strike on Atarib\nAn airstrike killed 13 people in Atarib on Thursday.", encoding="utf-8")
    bad = tmp_path / "batch.jsonl"
    bad.write_text('{"title": "Fine", "text": "A fine text."}\n{"title": "Broken"\n', encoding="utf-8")
    sign_in(page, reviewer)
    page.get_by_role("link", name="Documents", exact=True).click()
    page.get_by_role("link", name="Import documents").click()
    page.get_by_label("Files to import").set_input_files([good, bad])
    page.get_by_role("button", name="Import", exact=True).click()

    good_result = page.locator(".import-result", has_text="atarib.txt")
    expect(good_result).to_contain_text("1 imported, 0 already stored, 0 problem(s)")
    bad_result = page.locator(".import-result", has_text="batch.jsonl")
    expect(bad_result).to_contain_text("Nothing was imported from this file")
    expect(bad_result.get_by_role("alert")).to_contain_text("batch.jsonl line 2: malformed JSON")
    assert list(Document.objects.values_list("title", flat=True)) == ["Strike on Atarib"]

    good_result.get_by_role("link", name="Strike on Atarib").click()
    expect(page.locator("#document-text")).to_contain_text("An airstrike killed 13 people in Atarib")
    assert page.script_problems == []
