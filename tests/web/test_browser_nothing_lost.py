"""Nothing typed is lost on the annotation page, and its save state is always on screen and true:
forms save as they are edited, claims made by key carry the stored suggestion until a person
confirms it, submitting says what is incomplete, offline changes wait and are sent, a Retry draws
what it saved, and a stale edit re-applies only the fields this tab changed."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from playwright.sync_api import expect

from annotations.models import Actor, Annotation, AnnotationStatus, Label, Responsibility
from annotations.services.annotating import AnnotationDraft, annotation_create, annotation_update
from annotations.services.documents import document_create
from annotations.services.reviewing import annotation_approve, annotation_submit
from tests.web.conftest import PHONE, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = (
    "An airstrike killed 13 people in Atarib on Thursday. "
    "The strike was carried out by regime warplanes. "
    "The world cannot stay silent. "
    "Rescuers searched the rubble through the night. "
    "Four civilians were killed and 21 injured in Darat Izza."
)


@pytest.fixture
def report(db):
    document, _ = document_create(text=TEXT, title="Atarib report")
    return document


def _sentence(report, index: int):
    return report.sentences.get(index=index)


def _create(user, report, index: int, key: str, **extra) -> Annotation:
    draft = AnnotationDraft(sentence=_sentence(report, index), label=Label.objects.get(key=key), **extra)
    return annotation_create(annotator=user, draft=draft)


def _in_text(page, index: int):
    return page.locator(f'#document-text .sentence[data-index="{index}"]')


def _open(page, annotation: Annotation):
    page.locator(f'#my-annotations li[data-annotation="{annotation.id}"] button').click()
    return page.locator("#editor")


def _eventually(check, page, timeout_ms: int = 8000):
    """Poll the database (the page saves on its own, after a pause in typing)."""
    for _ in range(timeout_ms // 200):
        connection.close()  # a fresh read of what the server stored
        if check():
            return
        page.wait_for_timeout(200)
    assert check()


def test_figures_actor_and_note_save_as_they_are_edited_without_a_button(page, live_server, annotator, report, regime):
    claim = _create(annotator, report, 0, "casualty_claim", figures={"killed_min": 13, "killed_max": 13})
    blame = _create(annotator, report, 1, "attribution")
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")

    editor = _open(page, claim)
    editor.get_by_label("Injured (at least)").fill("2")
    editor.get_by_label("Note").fill("Toll from the Civil Defense")
    expect(editor.locator("form.annotation-form .status-line")).to_have_text("Saved.")

    def claim_saved():
        claim.refresh_from_db()
        claim.figures.refresh_from_db()
        return claim.note == "Toll from the Civil Defense" and claim.figures.injured_min == 2

    _eventually(claim_saved, page)
    assert claim.figures.killed_min == 13 and not claim.figures.is_suggested

    editor = _open(page, blame)
    editor.get_by_label("Actor blamed").select_option(label="Regime forces")
    editor.get_by_label("Stance").select_option("suspected")
    _eventually(lambda: Responsibility.objects.filter(annotation=blame, stance="suspected").exists(), page)
    responsibility = Responsibility.objects.get(annotation=blame)
    assert (responsibility.actor.name, responsibility.stance) == ("Regime forces", "suspected")
    assert page.script_problems == []


@pytest.fixture
def regime(db) -> Actor:
    return Actor.objects.create(name="Regime forces", kind="state_forces")


def test_a_claim_made_with_key_1_carries_the_stored_suggestion_until_confirmed(page, live_server, annotator, report):
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")
    _in_text(page, 0).click()
    page.keyboard.press("1")
    editor = page.locator("#editor")
    expect(editor.locator(".suggested")).to_be_visible()
    expect(editor.locator(".suggested")).to_contain_text("Suggested")
    expect(editor.get_by_label("Killed (at least)")).to_have_value("13")

    claim = Annotation.objects.get(label__key="casualty_claim")
    assert (claim.figures.killed_min, claim.figures.killed_max, claim.figures.is_suggested) == (13, 13, True)

    editor.get_by_role("button", name="Confirm figures").click()
    expect(editor.locator(".suggested")).to_be_hidden()
    _eventually(lambda: not Annotation.objects.get(pk=claim.pk).figures.is_suggested, page)
    assert Annotation.objects.get(pk=claim.pk).figures.killed_min == 13
    assert page.script_problems == []


def test_submit_lists_what_is_incomplete_asks_and_a_second_click_says_what_was_submitted(
    page, live_server, annotator, report, regime
):
    _create(annotator, report, 0, "casualty_claim")  # the machine's figures, stored as a suggestion
    _create(annotator, report, 1, "attribution")  # no actor
    _create(annotator, report, 2, "rhetoric")
    _create(annotator, report, 3, "casualty_claim")  # no number in the sentence: no figures
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")
    expect(page.locator("#mine-summary")).to_contain_text("4 annotations")

    page.get_by_role("button", name="Submit for review").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Submit with 3 incomplete?")
    expect(dialog).to_contain_text("Sentence 1: casualty claim whose figures are still the suggestion")
    expect(dialog).to_contain_text("Sentence 2: attribution without the actor blamed")
    expect(dialog).to_contain_text("Sentence 4: casualty claim without figures")
    dialog.get_by_role("button", name="Go back").click()
    expect(dialog).to_be_hidden()
    assert not Annotation.objects.filter(status=AnnotationStatus.SUBMITTED).exists()

    # Completing the attribution from the list, then submitting anyway with the claim still empty.
    page.get_by_role("button", name="Submit for review").click()
    dialog.get_by_role("button", name=re.compile("attribution without")).click()
    editor = page.locator("#editor")
    editor.get_by_label("Actor blamed").select_option(label="Regime forces")
    expect(editor.locator("form.annotation-form .status-line")).to_have_text("Saved.")
    page.get_by_role("button", name="Submit for review").click()
    expect(dialog).to_contain_text("Submit with 2 incomplete?")
    dialog.get_by_role("button", name="Submit anyway").click()
    expect(page.locator("#save-status")).to_contain_text("4 annotations submitted for review")
    assert Annotation.objects.filter(status=AnnotationStatus.SUBMITTED).count() == 4

    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator("#save-status")).to_contain_text(
        "4 annotations of yours on this document were already submitted"
    )
    assert page.script_problems == []


def test_submit_button_is_disabled_while_its_request_runs(page, live_server, annotator, report):
    _create(annotator, report, 2, "rhetoric")
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")
    expect(page.locator("#mine-summary")).to_contain_text("1 annotation")
    held = []
    page.route("**/api/v1/documents/*/submit/", lambda route: held.append(route))
    button = page.get_by_role("button", name="Submit for review")
    button.click()
    expect(button).to_be_disabled()
    button.click(force=True)
    page.wait_for_timeout(300)
    assert len(held) == 1
    held[0].continue_()
    expect(page.locator("#save-status")).to_contain_text("1 annotation submitted for review")
    expect(button).to_be_enabled()


def test_changes_made_offline_wait_marked_in_the_text_and_are_sent_when_back_online(
    page, live_server, annotator, report
):
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")
    expect(page.locator("#mine-summary")).to_contain_text("None yet")
    page.context.set_offline(True)
    _in_text(page, 2).click()
    page.keyboard.press("4")
    status = page.locator("#save-status")
    expect(status).to_contain_text("offline")
    expect(status).to_contain_text("1 change waits")
    expect(_in_text(page, 2)).to_have_attribute("data-save", "failed")
    assert not Annotation.objects.exists()

    page.context.set_offline(False)
    expect(_in_text(page, 2)).to_have_attribute("data-labels", "rhetoric")
    expect(status).to_have_attribute("data-state", "saved")
    expect(_in_text(page, 2)).not_to_have_attribute("data-save", re.compile("."))
    assert list(Annotation.objects.values_list("label__key", flat=True)) == ["rhetoric"]
    assert page.script_problems == []


def test_a_retry_that_succeeds_draws_the_label_and_the_next_key_removes_it(page, live_server, annotator, report):
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")
    expect(page.locator("#mine-summary")).to_contain_text("None yet")
    failures = {"left": 1}

    def fail_once(route):
        if route.request.method == "POST" and failures["left"]:
            failures["left"] -= 1
            route.fulfill(status=503, content_type="application/json", body='{"detail": "Busy, try again."}')
        else:
            route.continue_()

    page.route("**/api/v1/annotations/", fail_once)
    _in_text(page, 2).click()
    page.keyboard.press("4")
    status = page.locator("#save-status")
    expect(status).to_contain_text("Busy, try again.")
    expect(_in_text(page, 2)).to_have_attribute("data-save", "failed")
    status.get_by_role("button", name="Retry").click()
    expect(_in_text(page, 2)).to_have_attribute("data-labels", "rhetoric")
    expect(page.locator("#my-annotations li")).to_have_count(1)

    page.keyboard.press("4")  # toggles it off again: the page knows it exists
    expect(_in_text(page, 2)).to_have_attribute("data-labels", "")
    expect(status).to_contain_text("Removing")
    expect(status).to_have_attribute("data-state", "saved")
    assert not Annotation.objects.exists()


def test_after_a_stale_save_use_my_values_reapplies_only_the_fields_this_tab_changed(
    page, live_server, annotator, report
):
    claim = _create(annotator, report, 0, "casualty_claim", figures={"killed_min": 13, "killed_max": 13})
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")
    editor = _open(page, claim)
    expect(editor.get_by_label("Killed (at least)")).to_have_value("13")
    # Another tab changes the note and the injured count meanwhile.
    annotation_update(
        annotation=claim,
        by=annotator,
        version=claim.version,
        note="Changed in another tab",
        figures={"killed_min": 13, "killed_max": 13, "injured_min": 7},
    )

    editor.get_by_label("Killed (at most)").fill("15")
    stale = editor.get_by_role("alert")
    expect(stale).to_contain_text("changed since you loaded it")
    expect(stale).to_contain_text(re.compile(r"Killed \(at most\)\s*yours: 15 · stored: 13"))
    expect(stale).to_contain_text("Changed elsewhere (kept as stored): note, Injured (at least)")
    expect(editor.get_by_label("Note")).to_have_value("Changed in another tab")

    stale.get_by_role("button", name="Use my values again").click()
    expect(editor.get_by_label("Killed (at most)")).to_have_value("15")
    expect(editor.get_by_label("Injured (at least)")).to_have_value("7")
    expect(editor.locator("form.annotation-form .status-line")).to_have_text("Saved.")
    claim.refresh_from_db()
    claim.figures.refresh_from_db()
    assert (claim.figures.killed_min, claim.figures.killed_max, claim.figures.injured_min) == (13, 15, 7)
    assert claim.note == "Changed in another tab"
    assert page.script_problems == []


def test_figures_form_at_least_clears_the_maximum_and_shows_the_apis_error_at_the_field(
    page, live_server, annotator, report
):
    claim = _create(annotator, report, 0, "casualty_claim", figures={"killed_min": 13, "killed_max": 13})
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")
    editor = _open(page, claim)
    editor.get_by_label("Qualifier").select_option("at_least")
    expect(editor.get_by_label("Killed (at most)")).to_have_value("")
    expect(editor.get_by_label("Killed (at most)")).to_be_disabled()
    expect(editor.locator("form.annotation-form .status-line")).to_have_text("Saved.")
    claim.figures.refresh_from_db()
    assert (claim.figures.qualifier, claim.figures.killed_min, claim.figures.killed_max) == ("at_least", 13, None)

    editor.get_by_label("Children killed").fill("20")
    field_error = editor.locator("#error-figures-children_killed")
    expect(field_error).to_be_visible()
    expect(field_error).to_contain_text(re.compile("killed", re.I))
    expect(editor.get_by_label("Children killed")).to_have_attribute("aria-invalid", "true")
    claim.figures.refresh_from_db()
    assert claim.figures.children_killed is None


def test_small_things_on_the_annotation_page(page, live_server, annotator, reviewer, report, screenshot_dir):
    """Sentence numbers from 1, no 'null' under the quote, a readable state per label, a save
    status that stays on screen while the text scrolls, and a phone that stays on the text."""
    claim = _create(annotator, report, 0, "casualty_claim", figures={"killed_min": 13, "killed_max": 13})
    _create(annotator, report, 0, "rhetoric")
    annotation_submit(annotation=claim, by=annotator)
    annotation_approve(annotation=claim, reviewer=reviewer)
    sign_in(page, annotator)
    page.goto(f"/documents/{report.id}/annotate/")
    chips = page.locator("#document-text .label-chips").first
    expect(chips.locator(".label-chip")).to_have_count(2)
    expect(chips.locator(".label-chip.state-approved")).to_contain_text("Casualty claim · approved")
    expect(chips.locator(".label-chip.state-draft")).to_contain_text("Rhetoric · draft")

    editor = _open(page, claim)
    expect(editor.locator("#editor-heading")).to_contain_text("on sentence 1")
    assert "null" not in editor.inner_text()
    _in_text(page, 0).click()
    expect(page.locator("#selection-info")).to_have_text("Selected sentence 1.")
    page.screenshot(path=str(screenshot_dir / "annotate-states-1280x800.png"))

    page.set_viewport_size({"width": 1280, "height": 400})
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(200)
    box = page.locator("#save-status").bounding_box()
    assert box is not None and 0 <= box["y"] < 400

    page.set_viewport_size(PHONE)
    page.goto(f"/documents/{report.id}/annotate/")
    target = _in_text(page, 4)
    target.scroll_into_view_if_needed()
    target.click()
    page.keyboard.press("1")
    expect(page.locator("#editor")).to_be_visible()
    page.wait_for_timeout(300)
    box = target.bounding_box()
    on_screen = box is not None and box["y"] + box["height"] > 0 and box["y"] < PHONE["height"]
    assert on_screen, "the page jumped away from the text"
    page.screenshot(path=str(screenshot_dir / "annotate-label-390x844.png"))
    assert page.script_problems == []
