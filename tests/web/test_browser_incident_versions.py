"""Incidents are versioned like annotations: the incident page sends the version it loaded when a
reviewer grades or edits, and a stale save shows the stored state instead of overwriting it. And
adjudication decides disagreements whose annotations were already approved or rejected."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation, AnnotationStatus, Incident, Label
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.incidents import incident_create, incident_grade, incident_update
from annotations.services.reviewing import annotation_approve, annotation_submit
from tests.web.conftest import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_stale_grade_shows_the_stored_grade_and_a_second_save_applies(page, live_server, reviewer, second_reviewer):
    incident = incident_create(by=reviewer, title="Atarib airstrike", place_name="Atarib")
    sign_in(page, reviewer)
    page.goto(f"/incidents/{incident.id}/")
    # Meanwhile another reviewer grades it.
    incident_grade(incident=incident, by=second_reviewer, grade="weak", note="One source so far.", version=1)

    page.get_by_label("Grade", exact=True).select_option("fair")
    page.get_by_label("Why (required)").fill("Two independent sources.")
    page.get_by_role("button", name="Save grade").click()
    stale = page.locator("#grade-stale")
    expect(stale).to_be_visible()
    expect(stale).to_contain_text("someone changed this incident")
    expect(stale).to_contain_text(re.compile(r"Grade\s*weak"))
    expect(stale).to_contain_text("One source so far.")
    expect(page.get_by_label("Why (required)")).to_have_value("Two independent sources.")
    assert Incident.objects.get(pk=incident.pk).grade == "weak"

    page.get_by_role("button", name="Save grade").click()
    expect(page.get_by_test_id("current-grade")).to_have_text("Fair")
    assert Incident.objects.get(pk=incident.pk).grade == "fair"
    assert page.script_problems == []


def test_a_stale_edit_of_the_details_shows_the_stored_details(page, live_server, reviewer, second_reviewer):
    incident = incident_create(by=reviewer, title="Atarib airstrike", place_name="Atarib")
    sign_in(page, reviewer)
    page.goto(f"/incidents/{incident.id}/")
    incident_update(incident=incident, by=second_reviewer, version=1, place_name="Al-Atarib")

    page.get_by_text("Edit the incident's details").click()
    page.get_by_label("Description").fill("Market and homes hit.")
    page.get_by_role("button", name="Save details").click()
    stale = page.locator("#edit-stale")
    expect(stale).to_contain_text(re.compile(r"Place\s*Al-Atarib"))
    stored = Incident.objects.get(pk=incident.pk)
    assert (stored.place_name, stored.description) == ("Al-Atarib", "")


def test_adjudication_decides_annotations_that_were_already_decided(
    page, live_server, annotator, second_annotator, reviewer, document
):
    sentence = document.sentences.order_by("index")[1]

    def submitted(user, key):
        annotation = annotation_create(
            annotator=user, draft=AnnotationDraft(sentence=sentence, label=Label.objects.get(key=key))
        )
        return annotation_submit(annotation=annotation, by=user)

    claim = annotation_approve(annotation=submitted(annotator, "casualty_claim"), reviewer=reviewer)
    rhetoric = annotation_approve(annotation=submitted(second_annotator, "rhetoric"), reviewer=reviewer)
    sign_in(page, reviewer)
    page.goto(f"/review/adjudicate/{sentence.id}/")
    expect(page.locator("h1")).to_have_text("Adjudicate sentence 2")
    expect(page.locator("table")).not_to_contain_text("None")
    page.get_by_role("group", name=re.compile("ann2's Rhetoric")).get_by_label("Reject").check()
    page.get_by_label("Reason for the rejections").select_option("wrong_label")
    page.get_by_role("button", name="Decide").click()
    expect(page.locator("#adjudicate-status")).to_contain_text("0 approved, 1 rejected")
    statuses = dict(Annotation.objects.values_list("id", "status"))
    assert statuses == {claim.id: AnnotationStatus.APPROVED, rhetoric.id: AnnotationStatus.REJECTED}
    assert page.script_problems == []
