"""A discussion on an annotation in a real Chromium: the reviewer asks on the review page, the
annotator sees the unread reply on the home page and answers on the annotation page, and the
reviewer finds the answer from their home page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import AnnotationMessage, DiscussionRead
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.reviewing import annotation_submit
from tests.web.conftest import sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def claim(annotator, document, labels):
    sentence = document.sentences.order_by("index").get(index=1)
    draft = AnnotationDraft(sentence=sentence, label=labels["casualty_claim"])
    return annotation_submit(annotation=annotation_create(annotator=annotator, draft=draft), by=annotator)


def test_reviewer_asks_annotator_sees_unread_on_home_and_replies(page, claim, annotator, reviewer, screenshot_dir):
    sign_in(page, reviewer)
    page.goto("/review/")
    thread = page.locator("#review-thread")
    expect(thread.get_by_role("heading", name="Discussion")).to_be_visible()
    # The guidelines are one key away on the review page too.
    page.keyboard.press("g")
    panel = page.locator("#guidelines-panel")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("Default project · version 1")
    expect(panel.get_by_role("heading", name="Casualty claim")).to_be_visible()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(thread).to_contain_text("No messages yet")
    # Typing in the reply box does not trigger the queue's keys (a = approve, r = reject).
    thread.get_by_label("Reply in the discussion").fill("Are the 21 injured from the same strike?")
    thread.get_by_role("button", name="Send reply").click()
    expect(thread.locator(".message")).to_have_count(1)
    expect(thread.locator(".message").first).to_contain_text("rev (you)")
    assert page.locator("#review-item .status").first.inner_text() == "submitted"
    page.screenshot(path=str(screenshot_dir / "discussion-review.png"), full_page=True)
    sign_out(page)

    sign_in(page, annotator)
    unread = page.get_by_test_id("unread-threads")
    expect(unread).to_contain_text("Casualty claim on sentence 2")
    expect(unread.locator(".unread-badge")).to_have_text("1")
    page.screenshot(path=str(screenshot_dir / "discussion-home-unread.png"), full_page=True)
    unread.get_by_role("link").click()
    card = page.locator("#thread-card")
    expect(card).to_be_visible()
    expect(card.locator(".message")).to_have_count(1)
    expect(card).to_contain_text("Are the 21 injured from the same strike?")
    card.get_by_label("Reply in the discussion").fill("Yes: the Civil Defense counts both.")
    card.get_by_role("button", name="Send reply").click()
    expect(card.locator(".message")).to_have_count(2)
    expect(card.locator(".status-line")).to_have_text("Sent.")
    page.screenshot(path=str(screenshot_dir / "discussion-annotate.png"), full_page=True)
    assert DiscussionRead.objects.get(user=annotator, annotation=claim).last_message_id > 0
    page.goto("/")
    expect(page.get_by_test_id("unread-threads")).to_have_count(0)  # read, and the reply is mine
    sign_out(page)

    sign_in(page, reviewer)
    unread = page.get_by_test_id("unread-threads")
    expect(unread).to_contain_text("by ann")
    expect(unread).to_contain_text("Yes: the Civil Defense counts both.")
    unread.get_by_role("link").click()
    opened = page.locator(f"#thread-{claim.id}")
    expect(opened.locator(".message")).to_have_count(2)
    page.screenshot(path=str(screenshot_dir / "discussion-adjudicate.png"), full_page=True)
    texts = list(AnnotationMessage.objects.filter(annotation=claim).values_list("author__username", "text"))
    assert texts == [
        ("rev", "Are the 21 injured from the same strike?"),
        ("ann", "Yes: the Civil Defense counts both."),
    ]
    page.goto("/")
    expect(page.get_by_test_id("unread-threads")).to_have_count(0)
    assert page.script_problems == [], page.script_problems


def test_an_empty_reply_is_not_sent_and_says_why(page, claim, annotator):
    sign_in(page, annotator)
    page.goto(f"/documents/{claim.sentence.document_id}/annotate/")
    page.get_by_role("link", name="Discussion on sentence 2, Casualty claim").click()
    card = page.locator("#thread-card")
    card.get_by_role("button", name="Send reply").click()
    expect(card.locator(".status-line")).to_have_text("Write something before sending.")
    assert not AnnotationMessage.objects.exists()
