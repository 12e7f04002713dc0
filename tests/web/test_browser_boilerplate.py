"""Boilerplate on the annotation page, in a real Chromium: dimmed, skipped by the keys and by clicks,
offered for labelling only on request."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.services.documents import documents_import_file
from tests.web.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE = (
    "Shelling hits Idlib market\n"
    "Credit: (Social Media)\n"
    "Artillery shells hit the market in Idlib on Sunday. Three civilians were killed and nine injured.\n"
    "Please enter your comment!\n"
)


def test_boilerplate_is_dimmed_and_not_offered_until_asked(page, annotator, screenshot_dir):
    document = documents_import_file(name="idlib.txt", data=PAGE.encode()).created[0]
    sign_in(page, annotator)
    page.goto(f"/documents/{document.id}/annotate/")
    page.wait_for_load_state("load")
    note = page.get_by_test_id("boilerplate-note")
    expect(note).to_contain_text("3 lines that are not content")
    furniture = page.locator("#document-text .boilerplate")
    expect(furniture).to_have_count(3)
    expect(furniture.nth(1)).to_have_text("Credit: (Social Media)")
    expect(page.locator("#document-text .sentence")).to_have_count(2)
    page.screenshot(path=str(screenshot_dir / "annotate-boilerplate.png"))

    # A click on a credit selects nothing; the arrow keys go from content sentence to content sentence.
    furniture.nth(1).click()
    expect(page.locator("#selection-info")).not_to_contain_text("Selected sentence")
    page.locator("#document-text").focus()
    page.keyboard.press("ArrowDown")
    expect(page.locator("#selection-info")).to_have_text("Selected sentence 3.")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#selection-info")).to_have_text("Selected sentence 4.")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#selection-info")).to_have_text("Selected sentence 4.")

    note.get_by_role("link", name="Label them too").click()
    expect(page.locator("#document-text .sentence")).to_have_count(5)
    expect(page.locator("#document-text .sentence.boilerplate")).to_have_count(3)
    page.locator('#document-text .sentence[data-index="1"]').click()
    page.keyboard.press("4")
    expect(page.locator("#save-status")).to_have_attribute("data-state", "saved")
    # Once labelled, the line stays offered on a plain visit, so the label can be seen and undone.
    page.goto(f"/documents/{document.id}/annotate/")
    expect(page.locator('#document-text .sentence[data-index="1"]')).to_have_attribute("data-labels", "rhetoric")
    assert page.script_problems == [], page.script_problems
