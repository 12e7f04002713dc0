"""Reviewing in a real Chromium: the queue with its keys, the annotator seeing the rejection, and the
incident whose approved claims conflict."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Actor, Annotation, AnnotationStatus, Document, Label
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_submit
from annotations.services.seed import seed_corpus_load
from tests.web.conftest import PHONE, sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sentence_with(document: Document, words: str):
    for sentence in document.sentences.order_by("index"):
        if words in document.text[sentence.start : sentence.end]:
            return sentence
    raise AssertionError(f"no sentence of {document.title!r} contains {words!r}")


def _submitted(user, sentence, key: str, **extra) -> Annotation:
    draft = AnnotationDraft(sentence=sentence, label=Label.objects.get(key=key), **extra)
    annotation = annotation_create(annotator=user, draft=draft)
    return annotation_submit(annotation=annotation, by=user)


@pytest.fixture
def atarib(db, annotator, second_annotator, reviewer):
    """Two documents' tolls for the Atarib strike (13 vs 15 killed), linked to one incident, plus a
    rhetoric label that the reviewer will reject."""
    seed_corpus_load()
    first = Document.objects.get(title__startswith="Regime airstrike kills 13 in Atarib")
    second = Document.objects.get(title__startswith="Airstrikes and shelling kill at least 20")
    civil_defense = Actor.objects.get(name="Syrian Civil Defense")
    thirteen = _submitted(
        annotator,
        _sentence_with(first, "13 people"),
        "casualty_claim",
        figures={"killed_min": 13, "killed_max": 13, "cited_source": civil_defense},
    )
    fifteen = _submitted(
        second_annotator,
        _sentence_with(second, "killing 15 civilians"),
        "casualty_claim",
        figures={"killed_min": 15, "killed_max": 15, "injured_min": 5, "injured_max": 5},
    )
    rhetoric = _submitted(annotator, _sentence_with(first, "13 people"), "rhetoric")
    incident = incident_create(by=reviewer, title="Atarib airstrike", place_name="Atarib")
    for claim in (thirteen, fifteen):
        incident_link(incident=incident, annotation=claim, by=reviewer)
    return {"thirteen": thirteen, "fifteen": fifteen, "rhetoric": rhetoric, "incident": incident, "first": first}


def test_reviewer_approves_and_rejects_from_the_queue_then_sees_the_incident_conflict(
    page, live_server, annotator, reviewer, atarib, screenshot_dir
):
    sign_in(page, reviewer)
    expect(page.get_by_test_id("queue-size")).to_have_text("3")
    page.get_by_role("navigation").get_by_role("link", name="Review queue").click()

    item = page.locator("#review-item")
    # Oldest submission first: the 13-killed claim, with its context and provenance.
    expect(item).to_contain_text("Casualty claim by ann")
    expect(item).to_contain_text("Syrian Opposition Coalition")
    expect(item).to_contain_text("killed 13")
    expect(item.locator(".current-sentence")).to_contain_text("13 people")
    expect(item.locator(".others")).to_have_count(0)  # ann's own two labels are not "others"
    expect(page.locator("#queue-position")).to_contain_text("Item 1 of 3")
    expect(page.locator("#queue-position")).to_contain_text("2 not yet seen")
    page.screenshot(path=str(screenshot_dir / "review-queue-1280x800.png"))
    page.keyboard.press("a")
    expect(page.locator("#review-status")).to_have_text(re.compile(r"Approved annotation \d+"))

    # s skips the next one; k goes back through what I saw, j forward again.
    expect(item).to_contain_text("Casualty claim by ann2")
    page.keyboard.press("s")
    expect(item).to_contain_text("Rhetoric by ann")
    page.keyboard.press("k")
    expect(item).to_contain_text("Casualty claim by ann2")
    page.keyboard.press("k")
    expect(item.locator("#item-heading")).to_contain_text("approved")
    page.keyboard.press("j")
    page.keyboard.press("j")
    expect(item).to_contain_text("Rhetoric by ann")

    # r opens the reasons; "Other" without a comment is refused in words.
    page.keyboard.press("r")
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("radio", name="Other", exact=True).check()
    dialog.get_by_role("button", name="Reject").click()
    expect(dialog.locator("#reject-status")).to_contain_text("needs a comment")
    dialog.get_by_role("radio", name="Wrong label", exact=True).check()
    dialog.get_by_label(re.compile("Comment for the annotator")).fill("States a toll, not rhetoric.")
    dialog.get_by_role("button", name="Reject").click()
    expect(page.locator("#review-status")).to_contain_text("Rejected annotation")

    # Every item was shown once in this pass; a new pass brings back the skipped one.
    expect(item).to_contain_text("You have seen every item in this pass")
    page.get_by_role("button", name="Start a new pass").click()
    expect(item).to_contain_text("Casualty claim by ann2")
    page.get_by_role("button", name="Approve (a)").click()
    expect(item).to_contain_text("The queue is empty")

    statuses = dict(Annotation.objects.values_list("id", "status"))
    assert statuses[atarib["thirteen"].id] == AnnotationStatus.APPROVED
    assert statuses[atarib["fifteen"].id] == AnnotationStatus.APPROVED
    rejected = Annotation.objects.get(pk=atarib["rhetoric"].id)
    assert (rejected.status, rejected.review_reason) == (AnnotationStatus.REJECTED, "wrong_label")

    # The incident: both approved tolls side by side, and they conflict.
    page.get_by_role("navigation").get_by_role("link", name="Incidents").click()
    row = page.get_by_role("row", name=re.compile("Atarib airstrike"))
    expect(row).to_contain_text("Conflict")
    row.get_by_role("link", name="Atarib airstrike").click()
    expect(page.get_by_test_id("killed-range")).to_have_text("13–15")
    expect(page.get_by_test_id("conflict")).to_contain_text("Figures conflict")
    expect(page.get_by_test_id("suggested-grade")).to_have_text("fair")
    expect(page.locator("table.claims tbody tr")).to_have_count(2)
    expect(page.locator("table.claims")).to_contain_text("Syrian Civil Defense")
    # Each claim names its sources' types; neither is a party to the conflict, so both are independent.
    cited = page.locator(f'tr[data-annotation="{atarib["thirteen"].id}"]').get_by_test_id("cited-source")
    expect(cited.locator(".source-type")).to_have_text("first responder")
    expect(page.get_by_test_id("independent-sources")).to_have_text("2")
    expect(page.get_by_test_id("party-sources")).to_have_text("0")
    page.screenshot(path=str(screenshot_dir / "incident-1280x800.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=str(screenshot_dir / "incident-390x844.png"))
    page.set_viewport_size({"width": 1280, "height": 800})

    page.get_by_label("Grade", exact=True).select_option("fair")
    page.get_by_label("Why (required)").fill("Two independent sources.")
    page.get_by_role("button", name="Save grade").click()
    expect(page.get_by_test_id("current-grade")).to_have_text("Fair")

    # Each claim links back to its sentence in its document.
    page.locator("table.claims").get_by_role("link").first.click()
    expect(page.locator('#document-text .sentence[aria-selected="true"]')).to_contain_text("13 people")
    print(f"screenshots of the review queue and the incident page: {screenshot_dir}")

    # The annotator sees the rejection and the reviewer's comment next to the annotation.
    sign_out(page)
    sign_in(page, annotator)
    expect(page.get_by_test_id("to-fix")).to_have_text("1")
    page.goto(f"/documents/{atarib['first'].id}/annotate/")
    rejected_item = page.locator('#my-annotations li[data-status="rejected"]')
    expect(rejected_item).to_contain_text("wrong label")
    expect(rejected_item).to_contain_text("States a toll, not rhetoric.")
    assert page.script_problems == []


def test_skip_moves_through_every_item_of_the_queue_once_per_pass(
    page, live_server, annotator, reviewer, document, labels
):
    sentences = list(document.sentences.order_by("index"))
    for sentence, key in zip(sentences, ["casualty_claim", "attribution", "call_to_action", "rhetoric"], strict=False):
        _submitted(annotator, sentence, key)
    sign_in(page, reviewer)
    page.goto("/review/")
    item = page.locator("#review-item")
    shown = []
    for position in range(1, 5):
        expect(page.locator("#queue-position")).to_contain_text("of 4")
        heading = item.locator("#item-heading").inner_text()
        shown.append(heading)
        page.keyboard.press("s")
        if position < 4:
            expect(item.locator("#item-heading")).not_to_have_text(heading)
    assert len(set(shown)) == 4, shown
    expect(item).to_contain_text("You have seen every item in this pass")
    page.get_by_role("button", name="Start a new pass").click()
    expect(page.locator("#queue-position")).to_contain_text("Item 1 of 4")
    assert page.script_problems == []


def test_reviewer_reopens_a_decided_item_and_the_card_says_what_is_missing(
    page, live_server, annotator, reviewer, document, screenshot_dir
):
    sentences = list(document.sentences.order_by("index"))
    claim = _submitted(annotator, sentences[0], "casualty_claim")  # no figures
    blame = _submitted(annotator, sentences[1], "attribution")  # no actor
    sign_in(page, reviewer)
    page.goto("/review/")
    item = page.locator("#review-item")
    expect(item).to_contain_text("Casualty claim by ann")
    expect(item.locator("dd.missing")).to_have_text("no figures")
    page.keyboard.press("a")
    expect(item).to_contain_text("Attribution by ann")
    expect(item.locator("dd.missing")).to_have_text("no actor")
    page.keyboard.press("k")
    expect(item.locator("#item-heading")).to_contain_text("approved")
    reopen = page.get_by_role("button", name="Reopen")
    expect(reopen).to_be_enabled()
    reopen.click()
    expect(page.locator("#review-status")).to_contain_text(f"Reopened annotation {claim.id}")
    expect(item.locator("#item-heading")).to_contain_text("draft")
    assert Annotation.objects.get(pk=claim.pk).status == AnnotationStatus.DRAFT
    assert Annotation.objects.get(pk=blame.pk).status == AnnotationStatus.SUBMITTED

    # On a phone the item is on screen first; the filters are folded after it.
    page.set_viewport_size(PHONE)
    page.goto("/review/")
    expect(item).to_contain_text("Attribution by ann")
    box = item.bounding_box()
    assert box is not None and box["y"] < PHONE["height"] / 2, box
    filters = page.locator("details.queue-filters")
    assert filters.bounding_box()["y"] > box["y"]
    expect(filters.get_by_label("Label")).to_be_hidden()
    page.screenshot(path=str(screenshot_dir / "review-queue-390x844.png"))
    assert page.script_problems == []
