"""Projects in a real Chromium: a manager sets up a project, adds documents and assigns them with
overlap 2; an annotator finds them under "assigned to me", reads the guidelines with one key,
finishes a document and goes to the next assigned one with another."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from annotations.models import Assignment, DocumentFinish, GuidelineVersion, Project
from annotations.projects.services import default_project, project_member_set
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.reviewing import annotation_approve, annotation_submit
from tests.conftest import _user
from tests.web.conftest import sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GUIDELINES = "# Newsroom rules\n\nCount only **named** victims.\n\n<script>window.hacked = 1</script>"


@pytest.fixture
def manager(db):
    user = _user("mgr")
    project_member_set(project=default_project(), user=user, role="manager", by=None)
    return user


@pytest.fixture
def reports(db):
    return [
        document_create(
            text=f"Report {n}. Shelling killed {n} people in Idlib. Rescuers searched.", title=f"Report {n}"
        )[0]
        for n in (1, 2, 3)
    ]


def test_manager_sets_up_a_project_and_an_annotator_works_through_it(
    page, manager, annotator, second_annotator, reviewer, reports, screenshot_dir
):
    # --- the manager: project, members, guidelines, documents, assignment with overlap 2 ---
    sign_in(page, manager)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Projects").click()
    page.get_by_label("Name").fill("Newsroom desk")
    page.get_by_label("Description").fill("Verification desk, December")
    page.get_by_role("button", name="Create project").click()
    expect(page.get_by_role("heading", name="Newsroom desk")).to_be_visible()
    expect(page.get_by_test_id("my-role")).to_have_text("manager")
    for person in (annotator, second_annotator):
        page.get_by_label("User name").fill(person.username)
        page.get_by_label("Role", exact=True).select_option("annotator")
        page.get_by_role("button", name="Add member").click()
        expect(page.get_by_test_id("message-success")).to_have_text(f"{person.username} is annotator in Newsroom desk.")
    page.get_by_label("User name").fill("nobody-by-that-name")
    page.get_by_role("button", name="Add member").click()
    expect(page.get_by_test_id("message-error")).to_have_text("No user named 'nobody-by-that-name'.")

    page.get_by_label(re.compile("^Text \\(Markdown\\)")).fill(GUIDELINES)
    page.get_by_role("button", name="Save as a new version").click()
    expect(page.get_by_test_id("message-success")).to_have_text("Guidelines version 2 saved.")
    expect(page.locator(".version-list summary")).to_have_count(2)

    page.get_by_label("All documents not yet in the project").check()
    page.get_by_role("button", name="Add documents").click()
    expect(page.get_by_test_id("message-success")).to_have_text("3 documents added to Newsroom desk.")

    page.get_by_label("Annotators per document (overlap)").fill("2")
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_test_id("message-success")).to_have_text("6 new assignments: every document has 2 annotators.")
    table = page.get_by_test_id("assignment-table")
    for report in reports:
        expect(table.locator(f'tr[data-document="{report.id}"]')).to_contain_text("ann, ann2")
    page.screenshot(path=str(screenshot_dir / "project-manager.png"), full_page=True)
    project = Project.objects.get(name="Newsroom desk")
    assert Assignment.objects.filter(project=project).count() == 6
    assert GuidelineVersion.objects.filter(project=project).count() == 2
    sign_out(page)

    # --- the annotator: assigned to me, guidelines key, finish, next assigned key ---
    sign_in(page, annotator)
    page.get_by_role("link", name="Documents", exact=True).click()
    assigned = page.get_by_test_id("assigned-to-me")
    expect(assigned.get_by_role("heading")).to_have_text("Assigned to me, not finished (3)")
    expect(page.get_by_label("Project", exact=True)).to_be_visible()  # ann is in two projects: a picker
    page.screenshot(path=str(screenshot_dir / "project-assigned-list.png"), full_page=True)
    assigned.get_by_role("link", name="Report 1").click()
    expect(page.get_by_role("heading", name="Report 1")).to_be_visible()
    page.wait_for_load_state("load")  # the page's scripts have run: its keys answer from here on
    expect(page.locator(".project-line")).to_contain_text("Newsroom desk")
    # Each label's guideline beside its button.
    expect(page.locator("#guideline-casualty_claim")).to_contain_text("States a number")

    panel = page.locator("#guidelines-panel")
    expect(panel).to_be_hidden()
    page.locator("#document-text").click()
    page.keyboard.press("g")
    expect(panel).to_be_visible()
    expect(panel.get_by_role("heading", name="Newsroom rules")).to_be_visible()
    expect(panel.locator("strong")).to_have_text("named")
    expect(panel).to_contain_text("version 2")
    assert page.evaluate("window.hacked") is None  # the guidelines' <script> was removed, not run
    page.screenshot(path=str(screenshot_dir / "project-guidelines-panel.png"))
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    page.get_by_role("button", name="Guidelines (g)").click()
    expect(panel).to_be_visible()
    page.get_by_role("button", name="Close (Esc)").click()
    expect(panel).to_be_hidden()

    expect(page.get_by_role("button", name="Undo finish")).to_be_hidden()
    expect(page.locator("#finished-mark")).to_be_hidden()
    page.get_by_role("button", name="Finish document").click()
    expect(page.locator("#finished-mark")).to_be_visible()
    expect(page.get_by_role("button", name="Finish document")).to_be_hidden()
    expect(page.locator("#save-status")).to_contain_text("Document finished")
    assert DocumentFinish.objects.filter(project=project, document=reports[0], annotator=annotator).exists()
    page.screenshot(path=str(screenshot_dir / "project-finished.png"))

    page.keyboard.press("n")
    expect(page.get_by_role("heading", name="Report 2")).to_be_visible()
    assert f"/documents/{reports[1].id}/annotate/" in page.url

    # Undo is allowed while nothing of mine on the document is approved.
    page.get_by_role("button", name="Finish document").click()
    expect(page.get_by_role("button", name="Undo finish")).to_be_visible()
    page.get_by_role("button", name="Undo finish").click()
    expect(page.get_by_role("button", name="Finish document")).to_be_visible()
    expect(page.locator("#save-status")).to_contain_text("open again")
    assert not DocumentFinish.objects.filter(project=project, document=reports[1], annotator=annotator).exists()

    # The document list no longer offers the finished one.
    page.goto("/documents/")
    expect(page.get_by_test_id("assigned-to-me").get_by_role("heading")).to_have_text(
        "Assigned to me, not finished (2)"
    )

    # On a document where a reviewer approved my label, the finish stays: the 409 says why.
    sentence = reports[2].sentences.order_by("index").first()
    labels = {label.key: label for label in project.labels.all()}
    claim = annotation_create(
        annotator=annotator, draft=AnnotationDraft(sentence=sentence, label=labels["casualty_claim"], project=project)
    )
    annotation_approve(annotation=annotation_submit(annotation=claim, by=annotator), reviewer=reviewer_in(project))
    page.goto(f"/documents/{reports[2].id}/annotate/?project={project.id}")
    page.get_by_role("button", name="Finish document").click()
    page.get_by_role("button", name="Undo finish").click()
    expect(page.locator("#save-status")).to_contain_text("approved already; the finish stays")
    expect(page.locator("#finished-mark")).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "project-undo-refused.png"))

    # The next assigned document is Report 2 again (its finish was undone); once it is finished
    # too, nothing is left and the key says so on the document list.
    page.keyboard.press("n")
    expect(page.get_by_role("heading", name="Report 2")).to_be_visible()
    page.get_by_role("button", name="Finish document").click()
    expect(page.locator("#finished-mark")).to_be_visible()
    page.keyboard.press("n")
    expect(page.get_by_test_id("no-next-assigned")).to_be_visible()
    expect(page.get_by_test_id("assigned-to-me")).to_have_count(0)
    assert page.script_problems == [], page.script_problems


def reviewer_in(project):
    person = _user("desk-reviewer")
    project_member_set(project=project, user=person, role="reviewer", by=None)
    return person


def test_a_member_who_is_not_a_manager_sees_the_guidelines_but_no_forms(page, annotator):
    sign_in(page, annotator)
    page.goto("/projects/")
    page.get_by_role("link", name="Default project").click()
    expect(page.get_by_test_id("my-role")).to_have_text("annotator")
    expect(page.get_by_role("button", name="Add member")).to_have_count(0)
    expect(page.get_by_role("heading", name=re.compile("^Guidelines"))).to_be_visible()


def test_outsider_gets_404_for_a_project_page(page, outsider, annotator):
    sign_in(page, outsider)
    response = page.goto(f"/projects/{default_project().id}/")
    assert response.status == 404
