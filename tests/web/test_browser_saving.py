"""Nothing typed is lost: a failed save keeps the values and offers a retry; a stale save shows the
stored version next to what the person typed
(see test_browser_nothing_lost.py). Then adjudication of a disagreement, from the agreement page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation, AnnotationStatus, Label
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.reviewing import annotation_submit
from tests.web.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "Four civilians were killed and 21 injured in Darat Izza. The world cannot stay silent."


@pytest.fixture
def claim(db, annotator) -> Annotation:
    document, _ = document_create(text=TEXT, title="Darat Izza report")
    draft = AnnotationDraft(
        sentence=document.sentences.get(index=0),
        label=Label.objects.get(key="casualty_claim"),
        figures={"killed_min": 4, "killed_max": 4},
    )
    return annotation_create(annotator=annotator, draft=draft)


def _open_editor(page, claim: Annotation):
    page.goto(f"/documents/{claim.sentence.document_id}/annotate/")
    page.locator(f'#my-annotations li[data-annotation="{claim.id}"] button').click()
    editor = page.locator("#editor")
    expect(editor.get_by_label("Killed (at least)")).to_have_value("4")
    return editor


def test_a_failed_save_keeps_what_was_typed_and_retries(page, live_server, annotator, claim):
    sign_in(page, annotator)
    editor = _open_editor(page, claim)

    def refuse_patches(route):
        if route.request.method == "PATCH":
            route.abort("connectionrefused")
        else:
            route.continue_()

    page.route("**/api/v1/annotations/**", refuse_patches)
    editor.get_by_label("Injured (at least)").fill("21")
    editor.get_by_label("Note").fill("Toll from the Civil Defense")
    form_status = editor.locator("form.annotation-form .status-line")
    expect(form_status).to_contain_text("Not saved yet: The server could not be reached")
    expect(form_status).to_contain_text("Your values are still in the form")
    expect(page.locator("#save-status")).to_have_attribute("data-state", "failed")
    expect(page.locator(f'.sentence[data-id="{claim.sentence_id}"]')).to_have_attribute("data-save", "failed")
    expect(editor.get_by_label("Injured (at least)")).to_have_value("21")
    expect(editor.get_by_label("Note")).to_have_value("Toll from the Civil Defense")

    page.unroute("**/api/v1/annotations/**")
    form_status.get_by_role("button", name="Retry").click()
    expect(form_status).to_have_text("Saved.")
    claim.refresh_from_db()
    claim.figures.refresh_from_db()
    assert (claim.note, claim.figures.injured_min) == ("Toll from the Civil Defense", 21)


def test_reviewer_adjudicates_a_disagreement_from_the_agreement_page(
    page, live_server, annotator, second_annotator, reviewer, claim
):
    annotation_submit(annotation=claim, by=annotator)
    other = annotation_create(
        annotator=second_annotator,
        draft=AnnotationDraft(sentence=claim.sentence, label=Label.objects.get(key="rhetoric")),
    )
    annotation_submit(annotation=other, by=second_annotator)

    sign_in(page, reviewer)
    page.get_by_role("navigation").get_by_role("link", name="Agreement").click()
    page.get_by_label("Darat Izza report").check()
    page.get_by_role("button", name="Compute agreement").click()
    expect(page.get_by_test_id("alpha-overall")).to_be_visible()
    page.get_by_role("link", name="Adjudicate sentence 1").click()

    page.get_by_role("group", name=re.compile("ann's Casualty claim")).get_by_label("Approve").check()
    page.get_by_role("group", name=re.compile("ann2's Rhetoric")).get_by_label("Reject").check()
    page.get_by_label("Reason for the rejections").select_option("wrong_label")
    page.get_by_role("button", name="Decide").click()
    expect(page.locator("#adjudicate-status")).to_contain_text("1 approved, 1 rejected")
    statuses = dict(Annotation.objects.values_list("id", "status"))
    assert statuses == {claim.id: AnnotationStatus.APPROVED, other.id: AnnotationStatus.REJECTED}
    assert page.script_problems == []
