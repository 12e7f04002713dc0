"""The team dashboard and the project agreement page in a real Chromium: the charts are drawn (uPlot's
canvas, served from our static files under the page's Content-Security-Policy), the tables carry the
same numbers, and the agreement page counts a blank sentence as "no label"."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from annotations.models import DocumentFinish, Event, Label
from annotations.projects.services import assignment_add, default_project, document_finish
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.reviewing import annotation_approve, annotation_reject, annotation_submit
from tests.web.conftest import PHONE, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _label(user, sentence, key="rhetoric"):
    draft = AnnotationDraft(sentence=sentence, label=Label.objects.get(key=key))
    return annotation_submit(annotation=annotation_create(annotator=user, draft=draft), by=user)


@pytest.fixture
def finished_work(document, annotator, second_annotator, reviewer):
    """ann labels sentences 1-3 (one approved, one rejected), ann2 only sentence 1; both finish."""
    project = default_project()
    sentences = list(document.sentences.order_by("index"))
    approved, rejected, _ = (_label(annotator, sentence) for sentence in sentences[:3])
    _label(second_annotator, sentences[0])
    annotation_approve(annotation=approved, reviewer=reviewer)
    annotation_reject(annotation=rejected, reviewer=reviewer, reason="wrong_span")
    for user in (annotator, second_annotator):
        assignment_add(project=project, document=document, user=user, by=None)
        document_finish(project=project, document=document, annotator=user)
    first = Event.objects.filter(annotation__annotator=annotator).order_by("at").first().at
    DocumentFinish.objects.filter(annotator=annotator).update(finished_at=first + dt.timedelta(minutes=12))
    return project


def test_reviewer_sees_the_dashboard_drawn_with_its_numbers(page, live_server, reviewer, finished_work, screenshot_dir):
    project = finished_work
    sign_in(page, reviewer)
    page.goto(reverse("project-dashboard", args=[project.id]))
    expect(page.locator("h1")).to_have_text(f"Team dashboard: {project.name}")
    # uPlot drew both charts on canvases with real pixels.
    expect(page.locator("#progress-chart canvas")).to_have_count(1)
    expect(page.locator("#annotators-chart canvas")).to_have_count(1)
    expect(page.locator("body")).to_have_attribute("data-charts-drawn", "2")
    painted = page.evaluate(
        """() => [...document.querySelectorAll('.chart canvas')].map((canvas) => {
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let inked = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
            return [canvas.width, inked];
        })"""
    )
    assert all(width > 200 and inked > 100 for width, inked in painted), painted
    ann = page.locator('tr[data-annotator="ann"]')
    expect(ann.locator('[data-figure="assigned"]')).to_have_text("1")
    expect(ann.locator('[data-figure="finished"]')).to_have_text("1")
    expect(ann.locator('[data-figure="approval-rate"]')).to_contain_text("50% (1 of 2)")
    expect(ann).to_contain_text("wrong span: 1")
    expect(ann).to_contain_text("12 min")
    expect(ann).to_contain_text("50% alike over 4 units")  # sentences 1 and 4 alike, 2 and 3 blank for ann2
    expect(page.get_by_test_id("backlog")).to_have_text("2")
    page.get_by_text("The numbers, per day").click()
    expect(page.get_by_test_id("progress-table").locator("tbody tr").last).to_contain_text("2")
    page.screenshot(path=str(screenshot_dir / "dashboard-1280.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.reload()
    expect(page.locator("#progress-chart canvas")).to_have_count(1)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the dashboard spills {overflow}px sideways on a phone"
    page.screenshot(path=str(screenshot_dir / "dashboard-390.png"), full_page=True)
    assert page.script_problems == []


def test_agreement_page_of_a_project_shows_the_blanks_and_links_the_dashboard(
    page, live_server, reviewer, finished_work, screenshot_dir
):
    project = finished_work
    sign_in(page, reviewer)
    page.get_by_role("navigation").get_by_role("link", name="Agreement").click()
    page.get_by_label("Project", exact=True).select_option(str(project.id))
    page.get_by_role("button", name="Show project agreement").click()
    expect(page.get_by_test_id("units")).to_contain_text("4 units")
    expect(page.get_by_test_id("units")).to_contain_text("4 pairs of answers")
    expect(page.locator(".disagreement")).to_have_count(2)
    expect(page.locator(".disagreement").first).to_contain_text("ann2: no label")
    page.screenshot(path=str(screenshot_dir / "agreement-project-1280.png"), full_page=True)
    page.get_by_role("link", name=f"Team dashboard of {project.name}").click()
    expect(page.locator("#annotators-chart canvas")).to_have_count(1)
    assert page.script_problems == []


def test_an_annotator_cannot_open_the_dashboard(client, annotator, finished_work):
    client.force_login(annotator)
    assert client.get(reverse("project-dashboard", args=[finished_work.id])).status_code == 403


def test_someone_outside_the_project_finds_no_dashboard(client, outsider, finished_work):
    client.force_login(outsider)
    assert client.get(reverse("project-dashboard", args=[finished_work.id])).status_code == 404
