"""The annotation page in a real Chromium: mouse, keys, words inside a sentence, figures, incidents, submit."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation, AnnotationStatus, Document, Incident
from annotations.services.seed import seed_corpus_load
from tests.web.conftest import PHONE, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seed_document(db) -> Document:
    seed_corpus_load()
    return Document.objects.get(title__startswith="Regime airstrike kills 13 in Atarib")


def sentence(page, document: Document, index: int):
    return page.locator(f'#document-text .sentence[data-index="{index}"]')


def index_of(document: Document, words: str) -> int:
    for one in document.sentences.order_by("index"):
        if words in document.text[one.start : one.end]:
            return one.index
    raise AssertionError(f"no sentence of {document.title!r} contains {words!r}")


def expect_saved(page) -> None:
    expect(page.locator("#save-status")).to_have_attribute("data-state", "saved")


def test_annotator_labels_with_mouse_and_keys_fills_figures_links_an_incident_and_submits(
    page, live_server, annotator, seed_document, screenshot_dir
):
    document = seed_document
    toll = index_of(document, "13 people")
    blame = index_of(document, "intensified bombardment by the Assad regime")
    preliminary = index_of(document, "four civilians were killed")
    sign_in(page, annotator)
    page.get_by_role("link", name="Documents", exact=True).click()
    page.get_by_role("link", name=document.title).click()
    expect(page.get_by_role("heading", name=document.title)).to_be_visible()
    expect(page.locator("#mine-summary")).to_contain_text("None yet")

    # Mouse: click a sentence, then the label button.
    sentence(page, document, toll).click()
    expect(sentence(page, document, toll)).to_have_attribute("aria-selected", "true")
    page.get_by_role("button", name=re.compile("Casualty claim")).click()
    expect_saved(page)
    expect(sentence(page, document, toll)).to_have_attribute("data-labels", "casualty_claim")

    # The figures form opens for the new claim, pre-filled from the suggestion for "13 people".
    editor = page.locator("#editor")
    expect(editor.locator(".suggested")).to_be_visible()
    expect(editor.get_by_label("Killed (at least)")).to_have_value("13")
    expect(editor.get_by_label("Killed (at most)")).to_have_value("13")
    editor.get_by_label("Injured (at least)").fill("2")
    editor.get_by_label("Cited source").select_option(label="Syrian Civil Defense")
    # No button: the form saves as it is edited.
    expect(editor.locator(".status-line").first).to_have_text("Saved.")

    # Link the claim to a new incident, created inline.
    editor.get_by_text("Create a new incident").click()
    editor.get_by_label("Incident title").fill("Atarib market strike")
    editor.get_by_label("Incident place").fill("Atarib")
    editor.get_by_role("button", name="Create and link").click()
    expect(editor.locator(".linked-incidents")).to_contain_text("Atarib market strike")

    # Keys: arrow to the attribution sentence, press 2, choose the actor blamed.
    page.locator("#document-text").focus()
    sentence(page, document, toll).click()
    for _ in range(blame - toll):
        page.keyboard.press("ArrowDown")
    expect(sentence(page, document, blame)).to_have_attribute("aria-selected", "true")
    page.keyboard.press("2")
    expect_saved(page)
    expect(editor.get_by_label("Actor blamed")).to_be_visible()
    editor.get_by_label("Actor blamed").select_option(index=1)
    expect(editor.locator(".status-line").first).to_have_text("Saved.")

    # Shift-click selects a run; key 4 labels all of it at once (bulk), and 4 again removes them.
    sentence(page, document, 0).click()
    sentence(page, document, 2).click(modifiers=["Shift"])
    expect(page.locator("#selection-info")).to_contain_text("Selected sentences 1–3 (3)")
    page.keyboard.press("4")
    expect_saved(page)
    expect(page.locator('.sentence[data-labels~="rhetoric"]')).to_have_count(3)
    page.keyboard.press("4")
    expect_saved(page)
    expect(page.locator('.sentence[data-labels~="rhetoric"]')).to_have_count(0)

    # Selecting words inside one sentence records exactly that span.
    spoken = "four civilians were killed, and 21 others injured"
    target = sentence(page, document, preliminary)
    page.evaluate(
        """([node, words]) => {
            const text = node.firstChild;
            const at = text.textContent.indexOf(words);
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + words.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            node.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
        }""",
        [target.element_handle(), spoken],
    )
    expect(page.locator("#selection-info")).to_contain_text(f"“{spoken}”")
    page.keyboard.press("1")
    expect_saved(page)
    words = Annotation.objects.get(label__key="casualty_claim", span_start__isnull=False)
    assert document.text[words.span_start : words.span_end] == spoken
    expect(target.locator("mark.span")).to_have_text(spoken)

    page.screenshot(path=str(screenshot_dir / "annotate-1280x800.png"), full_page=False)

    # The claim made by key on the span still carries the machine's figures: submitting asks first.
    page.get_by_role("button", name="Submit for review").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("figures are still the suggestion")
    dialog.get_by_role("button", name="Submit anyway").click()
    expect(page.locator("#save-status")).to_contain_text("3 annotations submitted for review")
    expect(page.locator('#my-annotations li[data-status="submitted"]')).to_have_count(3)

    claim = Annotation.objects.get(label__key="casualty_claim", span_start__isnull=True)
    assert claim.status == AnnotationStatus.SUBMITTED
    assert (claim.figures.killed_min, claim.figures.killed_max, claim.figures.injured_min) == (13, 13, 2)
    assert claim.figures.cited_source.name == "Syrian Civil Defense"
    assert not claim.figures.is_suggested  # a person changed the values
    assert list(claim.incidents.values_list("title", flat=True)) == ["Atarib market strike"]
    assert Annotation.objects.get(label__key="attribution").responsibility is not None
    assert Incident.objects.count() == 1

    page.set_viewport_size(PHONE)
    page.screenshot(path=str(screenshot_dir / "annotate-390x844.png"), full_page=False)
    print(f"screenshots of the annotation page: {screenshot_dir}")
    assert page.script_problems == []
