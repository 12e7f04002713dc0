"""Suggested labels as hints on the annotation page, accepted with one key; the incident picker offers matches first."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation, Document
from annotations.services.incidents import incident_create
from annotations.services.seed import seed_corpus_load
from tests.web.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seed_document(db) -> Document:
    seed_corpus_load()
    return Document.objects.get(title__startswith="Regime airstrike kills 13 in Atarib")


def index_of(document: Document, words: str) -> int:
    for one in document.sentences.order_by("index"):
        if words in document.text[one.start : one.end]:
            return one.index
    raise AssertionError(words)


def test_hints_show_their_cue_and_one_key_accepts_them(page, annotator, reviewer, seed_document, screenshot_dir):
    document = seed_document
    toll = index_of(document, "13 people")
    call = index_of(document, "called on the international community")
    incident_create(
        by=reviewer,
        title="Atarib market strike",
        place_name="Atarib",
        occurred_on=document.published_on or date(2024, 11, 28),
        date_precision="week",
        strike_type="airstrike",
    )
    sign_in(page, annotator)
    page.goto(f"/documents/{document.pk}/annotate/")
    claim = page.locator(f'#document-text .sentence[data-index="{toll}"]')
    expect(claim).to_have_attribute("data-hints", "casualty_claim attribution rhetoric")
    expect(page.locator(f'#document-text .sentence[data-index="{call}"]')).to_have_attribute(
        "data-hints", "call_to_action"
    )

    # Hovering shows each hint with the words that fired it.
    claim.hover()
    tip = page.locator("#hint-tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Casualty claim")
    expect(tip).to_contain_text("rules: “13 people, including seven members")  # the words that fired, quoted
    page.screenshot(path=str(screenshot_dir / "hints-hover.png"))
    assert Annotation.objects.count() == 0  # a hint is not an annotation

    # Select the sentence: the hints are listed; A accepts them all as this annotator's labels.
    claim.click()
    expect(page.locator("#hint-info")).to_contain_text("Suggested: Casualty claim")
    page.keyboard.press("a")
    expect(page.locator("#save-status")).to_have_attribute("data-state", "saved")
    expect(claim).to_have_attribute("data-labels", "casualty_claim attribution rhetoric")
    expect(claim).not_to_have_attribute("data-hints", "casualty_claim attribution rhetoric")
    stored = Annotation.objects.filter(sentence__index=toll, sentence__document=document)
    assert sorted(stored.values_list("label__key", flat=True)) == ["attribution", "casualty_claim", "rhetoric"]
    assert set(stored.values_list("annotator__username", flat=True)) == {annotator.username}

    # The claim's incident picker offers the matching incident first, with its reasons, and links it.
    page.locator("#my-annotations button", has_text="Casualty claim").click()
    matches = page.locator(".incident-matches")
    expect(matches).to_contain_text("Atarib market strike")
    expect(matches).to_contain_text("the text names the place 'Atarib'")
    matches.scroll_into_view_if_needed()
    page.locator(".incident-match-list").screenshot(path=str(screenshot_dir / "hints-matches.png"))
    matches.get_by_role("button", name="Link to Atarib market strike").click()
    expect(page.locator("#editor .linked-incidents")).to_contain_text("Atarib market strike")
    assert page.script_problems == []
