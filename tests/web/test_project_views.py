"""The project pages and the assignment parts of the document and annotation pages, without a browser:
what each user is shown, what the forms refuse and with which words."""

from __future__ import annotations

import pytest
from django.urls import reverse

from annotations.models import Assignment, DocumentFinish, GuidelineVersion, ProjectDocument
from annotations.projects.services import (
    assignment_add,
    default_project,
    document_finish,
    guidelines_add,
    project_create,
    project_documents_add,
    project_member_set,
)
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.reviewing import annotation_approve, annotation_submit
from annotations.web.guidelines import guidelines_html
from tests.conftest import _user

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(db, annotator):
    """A second project with the annotator in it and three documents assigned to them."""
    manager = _user("mgr")
    project = project_create(name="Newsroom desk", by=manager)
    project_member_set(project=project, user=annotator, role="annotator", by=manager)
    documents = [
        document_create(text=f"Report {n}. Two were killed.", title=f"Desk report {n}", project=project)[0]
        for n in (1, 2, 3)
    ]
    for document in documents:
        assignment_add(project=project, document=document, user=annotator, by=manager)
    return {"project": project, "manager": manager, "documents": documents}


def test_guidelines_are_markdown_with_scripts_and_handlers_removed():
    html = guidelines_html(
        "# Rules\n\n**Bold** [ok](https://x.org) [bad](javascript:alert(1))\n\n"
        "<img src=x onerror=alert(1)><script>x()</script>"
    )
    assert "<h1>Rules</h1>" in html and "<strong>Bold</strong>" in html
    assert 'href="https://x.org"' in html and "noopener" in html
    assert "javascript:" not in html and "onerror" not in html and "<script" not in html and "<img" not in html


def test_document_list_starts_with_my_unfinished_assigned_documents(client, annotator, desk):
    document_finish(project=desk["project"], document=desk["documents"][0], annotator=annotator)
    client.force_login(annotator)
    page = client.get(reverse("document-list")).content.decode()
    assigned = page[
        page.index('data-testid="assigned-to-me"') : page.index(
            "</section>", page.index('data-testid="assigned-to-me"')
        )
    ]
    assert "Assigned to me, not finished (2)" in assigned
    assert "Desk report 1" not in assigned and "Desk report 2" in assigned and "Desk report 3" in assigned
    assert f"?project={desk['project'].id}" in assigned


def test_the_project_picker_narrows_the_list_and_refuses_a_project_i_am_not_in(client, annotator, desk, document):
    client.force_login(annotator)
    page = client.get(reverse("document-list"), {"project": desk["project"].id}).content.decode()
    assert "Desk report 1" in page and document.title not in page
    stranger = project_create(name="Elsewhere", by=None)
    page = client.get(reverse("document-list"), {"project": stranger.id}).content.decode()
    assert "You are not a member of that project" in page
    assert document.title in page


def test_an_annotator_with_no_assignments_has_no_assigned_section(client, second_annotator, document):
    client.force_login(second_annotator)
    assert 'data-testid="assigned-to-me"' not in client.get(reverse("document-list")).content.decode()


def test_a_document_outside_my_projects_is_404_on_the_annotation_page(client, second_annotator, desk):
    client.force_login(second_annotator)
    assert client.get(reverse("annotate", args=[desk["documents"][0].id])).status_code == 404
    assert client.post(reverse("document-finish", args=[desk["documents"][0].id])).status_code == 404


def test_the_annotation_page_works_in_the_project_that_assigned_the_document(client, annotator, desk):
    guidelines_add(project=desk["project"], text="## Desk rules\n\nOnly *named* victims.", by=desk["manager"])
    project_documents_add(project=default_project(), documents=[desk["documents"][0].pk], by=None)
    client.force_login(annotator)
    page = client.get(reverse("annotate", args=[desk["documents"][0].id])).content.decode()
    assert "Project: <strong>Newsroom desk</strong>" in page
    assert "<h2>Desk rules</h2>" in page and "<em>named</em>" in page
    assert "version 2" in page


def test_finishing_twice_is_409_and_undo_is_refused_once_something_is_approved(
    client, annotator, reviewer, desk, labels
):
    document, project = desk["documents"][0], desk["project"]
    url = reverse("document-finish", args=[document.id]) + f"?project={project.id}"
    client.force_login(annotator)
    assert client.post(url).json() == {"finished": True, "project": project.id, "document": document.id}
    again = client.post(url)
    assert again.status_code == 409 and again.json() == {"detail": "You have finished this document already."}
    project_member_set(project=project, user=reviewer, role="reviewer", by=None)
    draft = AnnotationDraft(sentence=document.sentences.first(), label=labels["rhetoric"], project=project)
    claim = annotation_submit(annotation=annotation_create(annotator=annotator, draft=draft), by=annotator)
    annotation_approve(annotation=claim, reviewer=reviewer)
    refused = client.delete(url)
    assert refused.status_code == 409
    assert "approved already; the finish stays" in refused.json()["detail"]
    assert DocumentFinish.objects.filter(project=project, document=document, annotator=annotator).exists()
    assert client.get(url).status_code == 405


def test_next_assigned_goes_round_my_unfinished_documents(client, annotator, desk):
    first, second, third = desk["documents"]
    project = desk["project"]
    client.force_login(annotator)

    def after(document):
        return client.get(reverse("next-assigned"), {"after": document.id, "project": project.id})["Location"]

    assert after(first) == reverse("annotate", args=[second.id]) + f"?project={project.id}"
    assert after(third) == reverse("annotate", args=[first.id]) + f"?project={project.id}"
    document_finish(project=project, document=second, annotator=annotator)
    assert after(first) == reverse("annotate", args=[third.id]) + f"?project={project.id}"
    document_finish(project=project, document=first, annotator=annotator)
    document_finish(project=project, document=third, annotator=annotator)
    assert after(third) == reverse("document-list") + "?assigned=none"


def test_projects_page_lists_mine_with_my_role(client, annotator, desk):
    client.force_login(annotator)
    page = client.get(reverse("project-list")).content.decode()
    assert "Newsroom desk" in page and "Default project" in page
    assert "New project" not in page  # annotators do not create projects


def test_a_project_of_others_is_404_and_a_member_may_not_change_it(client, annotator, second_annotator, desk):
    url = reverse("project-detail", args=[desk["project"].id])
    client.force_login(second_annotator)
    assert client.get(url).status_code == 404
    client.force_login(annotator)
    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "guidelines", "text": "Mine now"})
    assert response.status_code == 403
    assert not GuidelineVersion.objects.filter(text="Mine now").exists()


def test_manager_forms_report_errors_in_words(client, desk, document):
    url = reverse("project-detail", args=[desk["project"].id])
    client.force_login(desk["manager"])

    def say(**form):
        page = client.post(url, form, follow=True).content.decode()
        return page[page.index('class="plain messages card"') :][:400]

    assert "No document with id 999999" in say(action="documents", documents="999999")
    # A document of a project the manager is not in is as absent as one that does not exist.
    assert f"No document with id {document.id}" in say(action="documents", documents=str(document.id))
    assert "Not a document id: abc" in say(action="documents", documents="abc")
    assert "An overlap of 2 needs at least 2 annotators; 1 chosen." in say(
        action="assign",
        overlap="2",
        annotators=[str(desk["documents"][0].assignments.first().user_id)],
    )
    assert "The guidelines cannot be empty." in say(action="guidelines", text="  ")
    assert "last manager" in say(action="member_remove", user=str(desk["manager"].id))
    assert ProjectDocument.objects.filter(project=desk["project"]).count() == 3
    assert Assignment.objects.filter(project=desk["project"]).count() == 3


def test_home_counts_my_unfinished_assigned_documents(client, annotator, desk):
    document_finish(project=desk["project"], document=desk["documents"][0], annotator=annotator)
    client.force_login(annotator)
    page = client.get(reverse("home")).content.decode()
    assert 'data-testid="assigned-count">2<' in page


def test_manager_changes_a_role_and_removes_a_member_whose_unfinished_assignments_go(client, annotator, desk):
    url = reverse("project-detail", args=[desk["project"].id])
    project = desk["project"]
    document_finish(project=project, document=desk["documents"][0], annotator=annotator)
    client.force_login(desk["manager"])
    page = client.post(url, {"action": "member_set", "username": "ann", "role": "reviewer"}, follow=True)
    assert "ann is reviewer in Newsroom desk." in page.content.decode()
    assert project.memberships.get(user=annotator).role == "reviewer"
    page = client.post(url, {"action": "member_remove", "user": str(annotator.id)}, follow=True)
    assert "ann is no longer a member of Newsroom desk." in page.content.decode()
    assert not project.memberships.filter(user=annotator).exists()
    # The finished document keeps its assignment (the record of who read it); the others go.
    assert list(Assignment.objects.filter(project=project, user=annotator).values_list("document_id", flat=True)) == [
        desk["documents"][0].id
    ]
    client.force_login(annotator)
    assert client.get(url).status_code == 404
