"""A project's own label in a real Chromium: the manager adds it on the project page (with its
guideline and shortcut key), an annotator of the project labels a sentence with it by that key,
and an annotator of another project never sees it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from annotations.models import Annotation
from annotations.projects.services import default_project, project_create, project_documents_add, project_member_set
from tests.conftest import _user
from tests.web.conftest import sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_manager_adds_a_label_and_only_that_projects_annotators_get_it(page, annotator, document, screenshot_dir):
    manager = _user("desk-manager")
    desk = project_create(name="Denials desk", by=None)
    project_member_set(project=desk, user=manager, role="manager", by=None)
    project_member_set(project=desk, user=annotator, role="annotator", by=manager)
    project_documents_add(project=desk, documents=[document.pk], by=manager)
    other = _user("other-ann")
    project_member_set(project=default_project(), user=other, role="annotator", by=None)

    sign_in(page, manager)
    page.goto(f"/projects/{desk.id}/")
    form = page.get_by_role("form", name="Add a label")
    form.locator("#l-key").fill("denial")
    form.get_by_label("Name (for a new label)").fill("Denial")
    form.get_by_label("Shortcut key").fill("5")
    form.get_by_label("Guideline text").fill("A party denies carrying out the strike.")
    form.get_by_role("button", name="Add label").click()
    expect(page.get_by_test_id("message-success")).to_have_text(
        "Annotators of Denials desk can now use the label Denial."
    )
    expect(page.get_by_test_id("project-labels").locator('li[data-label="denial"]')).to_contain_text("Denial")
    # A shortcut the page keeps for itself is refused in words, and nothing is added.
    form = page.get_by_role("form", name="Add a label")
    form.locator("#l-key").fill("appeal")
    form.get_by_label("Name (for a new label)").fill("Appeal")
    form.get_by_label("Shortcut key").fill("g")
    form.get_by_role("button", name="Add label").click()
    expect(page.get_by_test_id("message-error")).to_contain_text("taken by the annotation page")
    expect(page.get_by_test_id("project-labels").locator('li[data-label="appeal"]')).to_have_count(0)
    # What was typed is still there, to correct and send again.
    form = page.get_by_role("form", name="Add a label")
    expect(form.locator("#l-key")).to_have_value("appeal")
    expect(form.get_by_label("Name (for a new label)")).to_have_value("Appeal")
    form.get_by_label("Shortcut key").fill("6")
    form.get_by_role("button", name="Add label").click()
    expect(page.get_by_test_id("message-success")).to_have_text(
        "Annotators of Denials desk can now use the label Appeal."
    )
    page.screenshot(path=str(screenshot_dir / "project-labels.png"), full_page=True)
    sign_out(page)

    sign_in(page, annotator)
    page.goto(f"/documents/{document.id}/annotate/?project={desk.id}")
    button = page.locator('.label-button[data-label="denial"]')
    expect(button).to_contain_text("Denial")
    expect(page.locator("#guideline-denial")).to_contain_text("denies carrying out")
    page.locator('#document-text .sentence[data-index="1"]').click()
    page.keyboard.press("5")
    expect(page.locator("#save-status")).to_have_attribute("data-state", "saved")
    expect(page.locator('.sentence[data-labels~="denial"]')).to_have_count(1)
    stored = Annotation.objects.get(annotator=annotator, label__key="denial")
    assert stored.project_id == desk.id
    assert page.script_problems == [], page.script_problems
    sign_out(page)

    sign_in(page, other)
    page.goto(f"/documents/{document.id}/annotate/")
    expect(page.locator(".label-button")).not_to_have_count(0)
    expect(page.locator('.label-button[data-label="denial"]')).to_have_count(0)
