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
