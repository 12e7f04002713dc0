"""The projects API: projects, members, guidelines, documents, assignments and finished documents."""

from __future__ import annotations

import pytest

from annotations.models import AnnotationStatus, Document
from annotations.projects.models import Assignment, DocumentFinish, GuidelineVersion, Project, ProjectMembership
from annotations.projects.services import document_finish, project_documents_add
from annotations.services.documents import document_create
from annotations.services.reviewing import annotation_approve
from tests.api.projects_setup import make_user

PROJECTS = "/api/v1/projects/"


def url(project, tail: str = "") -> str:
    return f"{PROJECTS}{project.pk}/{tail}"


# --- projects ---------------------------------------------------------------------------------------


def test_list_shows_only_my_projects_with_role_and_counts(client_for, a, b):
    body = client_for(a.annotator).get(PROJECTS).json()
    assert [project["name"] for project in body] == ["Project A"]
    (project,) = body
    assert project["my_role"] == "annotator"
    assert project["document_count"] == 1
    assert project["member_count"] == 3
    assert project["guidelines_version"] == 1
    assert "casualty_claim" in project["labels"]


def test_staff_see_every_project_as_managers(client_for, a, b, admin_user):
    body = client_for(admin_user).get(PROJECTS).json()
    assert {"Project A", "Project B"} <= {project["name"] for project in body}
    assert {project["my_role"] for project in body} == {"manager"}


def test_project_list_query_count_does_not_grow_with_projects(
    client_for, a, b, admin_user, django_assert_max_num_queries
):
    client = client_for(admin_user)
    client.get(PROJECTS)  # warm the session
    with django_assert_max_num_queries(4):
        # session, user, the projects with their counts (subqueries), their labels (prefetch)
        assert client.get(PROJECTS).status_code == 200


def test_reviewer_creates_project_and_becomes_its_manager(client_for, a):
    response = client_for(a.reviewer).post(PROJECTS, {"name": "Newsroom desk", "description": "Verification"})
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["my_role"] == "manager"
    assert body["guidelines_version"] == 1
    assert ProjectMembership.objects.get(project_id=body["id"], user=a.reviewer).role == "manager"


def test_annotator_cannot_create_a_project(client_for, a):
    response = client_for(a.annotator).post(PROJECTS, {"name": "Mine"})
    assert response.status_code == 403
    assert response.json()["detail"] == "Only staff and reviewers can create projects."


def test_project_names_are_unique_and_input_strict(client_for, a):
    client = client_for(a.manager)
    response = client.post(PROJECTS, {"name": "project a"})
    assert response.status_code == 400
    assert response.json()["errors"]["name"] == ["A project named 'project a' exists already."]
    response = client.post(PROJECTS, {"name": "X", "colour": "red"})
    assert response.status_code == 400
    assert "colour" in response.json()["errors"]


def test_manager_renames_project_annotator_may_not(client_for, a):
    response = client_for(a.manager).patch(url(a.project), {"name": "Project Alpha"}, format="json")
    assert response.status_code == 200
    assert response.json()["name"] == "Project Alpha"
    response = client_for(a.annotator).patch(url(a.project), {"name": "Mine"}, format="json")
    assert response.status_code == 403
    assert response.json()["detail"] == "Only managers of Project Alpha can change the project."


def test_outsider_gets_404_for_project(client_for, a, b):
    assert client_for(b.manager).get(url(a.project)).status_code == 404
    assert client_for(b.manager).patch(url(a.project), {"name": "x"}, format="json").status_code == 404


# --- members ---------------------------------------------------------------------------------------


def test_members_listed_with_roles(client_for, a):
    body = client_for(a.annotator).get(url(a.project, "members/")).json()
    assert {(m["user"]["username"], m["role"]) for m in body} == {
        ("manager_A", "manager"),
        ("reviewer_A", "reviewer"),
        ("annotator_A", "annotator"),
    }


def test_manager_adds_member_and_changes_role(client_for, a):
    newcomer = make_user("newcomer")
    client = client_for(a.manager)
    response = client.post(url(a.project, "members/"), {"user": newcomer.pk, "role": "annotator"}, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["role"] == "annotator"
    response = client.post(url(a.project, "members/"), {"user": newcomer.pk, "role": "reviewer"}, format="json")
    assert ProjectMembership.objects.get(project=a.project, user=newcomer).role == "reviewer"


def test_member_errors(client_for, a):
    client = client_for(a.manager)
    response = client.post(url(a.project, "members/"), {"user": 999999, "role": "annotator"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["user"] == ["No user with id 999999."]
    response = client.post(url(a.project, "members/"), {"user": a.annotator.pk, "role": "boss"}, format="json")
    assert response.status_code == 400
    assert "role" in response.json()["errors"]
    response = client_for(a.annotator).post(url(a.project, "members/"), {"user": a.reviewer.pk}, format="json")
    assert response.status_code == 403


def test_manager_removes_member_but_not_the_last_manager(client_for, a):
    client = client_for(a.manager)
    assert client.delete(url(a.project, f"members/{a.reviewer.pk}/")).status_code == 204
    assert not ProjectMembership.objects.filter(project=a.project, user=a.reviewer).exists()
    response = client.delete(url(a.project, f"members/{a.manager.pk}/"))
    assert response.status_code == 409
    assert "last manager" in response.json()["detail"]
    assert client.delete(url(a.project, "members/999999/")).status_code == 404


# --- guidelines ------------------------------------------------------------------------------------


def test_guidelines_versions_newest_first(client_for, a):
    client = client_for(a.manager)
    response = client.post(url(a.project, "guidelines/"), {"text": "# Rules\n\nLabel every claim."}, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["number"] == 2
    body = client_for(a.annotator).get(url(a.project, "guidelines/")).json()
    assert [version["number"] for version in body] == [2, 1]
    assert body[0]["created_by"]["username"] == "manager_A"


def test_guidelines_errors(client_for, a):
    response = client_for(a.manager).post(url(a.project, "guidelines/"), {"text": "  "}, format="json")
    assert response.status_code == 400
    response = client_for(a.annotator).post(url(a.project, "guidelines/"), {"text": "mine"}, format="json")
    assert response.status_code == 403
    assert GuidelineVersion.objects.filter(project=a.project).count() == 1


# --- documents -------------------------------------------------------------------------------------


def test_manager_adds_documents_and_lists_them(client_for, a, admin_user):
    extra, _ = document_create(text="Shelling hit the port. Two were injured.", title="Port", project=a.project)
    other = Project.objects.create(name="Staging")
    staged, _ = document_create(text="A quiet day in the town.", title="Quiet", project=other)
    # The staff member can see every document; the manager of A only A's.
    response = client_for(admin_user).post(url(a.project, "documents/"), {"documents": [staged.pk]}, format="json")
    assert response.json() == {"added": 1}
    response = client_for(a.manager).post(
        url(a.project, "documents/"), {"documents": [extra.pk, a.document.pk]}, format="json"
    )
    assert response.status_code == 200
    assert response.json() == {"added": 0}
    body = client_for(a.annotator).get(url(a.project, "documents/")).json()
    assert {d["id"] for d in body["results"]} == {a.document.pk, extra.pk, staged.pk}


def test_manager_cannot_add_documents_of_another_project(client_for, a, b):
    response = client_for(a.manager).post(url(a.project, "documents/"), {"documents": [b.document.pk]}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["documents"] == [f"No document with id {b.document.pk}."]
    assert not a.project.documents.filter(pk=b.document.pk).exists()


def test_annotator_cannot_add_documents(client_for, a):
    response = client_for(a.annotator).post(url(a.project, "documents/"), {"documents": [a.document.pk]}, format="json")
    assert response.status_code == 403


def test_import_into_a_project_i_manage(client_for, a, b):
    client = client_for(a.manager)
    response = client.post(
        f"/api/v1/documents/?project={a.project.pk}", {"text": "Strikes hit Idlib today."}, format="json"
    )
    assert response.status_code == 201, response.json()
    created = Document.objects.get(title__startswith="Strikes hit Idlib")
    assert list(created.projects.values_list("name", flat=True)) == ["Project A"]
    response = client.post(f"/api/v1/documents/?project={b.project.pk}", {"text": "Elsewhere."}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["project"] == [f"No project {b.project.pk} among yours."]
    response = client_for(a.reviewer).post(
        f"/api/v1/documents/?project={a.project.pk}", {"text": "x y z"}, format="json"
    )
    assert response.status_code == 403


# --- assignments -----------------------------------------------------------------------------------


def _second_document(project):
    document, _ = document_create(text="Shelling in the north. Three were hurt.", title="North", project=project)
    return document


def test_assign_by_hand_and_list(client_for, a):
    document = _second_document(a.project)
    client = client_for(a.manager)
    response = client.post(
        url(a.project, "assignments/"), {"document": document.pk, "annotator": a.reviewer.pk, "role": "reviewer"},
        format="json",
    )  # fmt: skip
    assert response.status_code == 201, response.json()
    (created,) = response.json()
    assert created["annotator"]["username"] == "reviewer_A"
    assert created["role"] == "reviewer"
    body = client.get(url(a.project, "assignments/"), {"annotator": a.annotator.pk}).json()
    assert [(item["document"], item["finished"]) for item in body["results"]] == [(a.document.pk, True)]
    assert client.get(url(a.project, "assignments/"), {"document": document.pk}).json()["count"] == 1


def test_assign_automatically_with_overlap(client_for, a):
    second_annotator = make_user("annotator_A2")
    client = client_for(a.manager)
    client.post(url(a.project, "members/"), {"user": second_annotator.pk, "role": "annotator"}, format="json")
    for number in range(3):
        document_create(text=f"Report {number}: a strike hit the bakery.", title=f"Bakery {number}", project=a.project)
    response = client.post(
        url(a.project, "assignments/"), {"overlap": 2, "annotators": [a.annotator.pk, second_annotator.pk]},
        format="json",
    )  # fmt: skip
    assert response.status_code == 201, response.json()
    documents = a.project.documents.count()
    # every document to both annotators; the one assignment that existed is counted, not repeated
    assert len(response.json()) == 2 * documents - 1
    assert Assignment.objects.filter(project=a.project, role="annotator").count() == 2 * documents
    again = client.post(
        url(a.project, "assignments/"), {"overlap": 2, "annotators": [a.annotator.pk, second_annotator.pk]},
        format="json",
    )  # fmt: skip
    assert again.json() == []


def test_assignment_errors(client_for, a, b):
    client = client_for(a.manager)
    response = client.post(url(a.project, "assignments/"), {"document": a.document.pk}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["annotator"] == ["Required for an assignment by hand."]
    response = client.post(
        url(a.project, "assignments/"), {"document": a.document.pk, "annotator": a.annotator.pk, "overlap": 2},
        format="json",
    )  # fmt: skip
    assert response.status_code == 400
    response = client.post(
        url(a.project, "assignments/"), {"document": b.document.pk, "annotator": a.annotator.pk}, format="json"
    )
    assert response.status_code == 400
    assert "not in Project A" in response.json()["detail"]
    response = client.post(
        url(a.project, "assignments/"), {"overlap": 2, "annotators": [b.annotator.pk]}, format="json"
    )
    assert response.status_code == 400
    assert "Not annotators of Project A" in response.json()["detail"]
    response = client_for(a.annotator).post(
        url(a.project, "assignments/"), {"document": a.document.pk, "annotator": a.annotator.pk}, format="json"
    )
    assert response.status_code == 403


def test_annotator_sees_only_own_assignments(client_for, a):
    document = _second_document(a.project)
    client_for(a.manager).post(
        url(a.project, "assignments/"), {"document": document.pk, "annotator": a.reviewer.pk}, format="json"
    )
    body = client_for(a.annotator).get(url(a.project, "assignments/")).json()
    assert {item["annotator"]["username"] for item in body["results"]} == {"annotator_A"}
    assert client_for(a.reviewer).get(url(a.project, "assignments/")).json()["count"] == 2


def test_remove_assignment_refused_once_finished(client_for, a):
    client = client_for(a.manager)
    response = client.delete(url(a.project, f"assignments/{a.assignment.pk}/"))
    assert response.status_code == 409
    assert response.json()["detail"] == "The annotator finished this document; undo the finish first."
    document = _second_document(a.project)
    created = client.post(
        url(a.project, "assignments/"), {"document": document.pk, "annotator": a.annotator.pk}, format="json"
    ).json()[0]
    assert client.delete(url(a.project, f"assignments/{created['id']}/")).status_code == 204
    assert client.delete(url(a.project, f"assignments/{created['id']}/")).status_code == 404


def test_assignment_of_another_project_is_404(client_for, a, b):
    assert client_for(a.manager).delete(url(a.project, f"assignments/{b.assignment.pk}/")).status_code == 404


# --- finishing -------------------------------------------------------------------------------------


def test_finish_and_undo(client_for, a):
    document = _second_document(a.project)
    client = client_for(a.annotator)
    finish_url = url(a.project, f"documents/{document.pk}/finish/")
    response = client.post(finish_url)
    assert response.status_code == 201, response.json()
    assert response.json()["annotator"] == a.annotator.pk
    assert client.post(finish_url).status_code == 409
    assert client.delete(finish_url).status_code == 204
    assert not DocumentFinish.objects.filter(document=document, annotator=a.annotator).exists()
    response = client.delete(finish_url)
    assert response.status_code == 409
    assert response.json()["detail"] == "You have not finished this document."


def test_finish_stays_once_an_annotation_is_approved(client_for, a):
    annotation_approve(annotation=a.annotation, reviewer=a.reviewer)
    response = client_for(a.annotator).delete(url(a.project, f"documents/{a.document.pk}/finish/"))
    assert response.status_code == 409
    assert "approved already" in response.json()["detail"]
    assert a.annotation.__class__.objects.get(pk=a.annotation.pk).status == AnnotationStatus.APPROVED


def test_finish_a_document_outside_the_project_is_404(client_for, a, b):
    assert client_for(a.annotator).post(url(a.project, f"documents/{b.document.pk}/finish/")).status_code == 404
    assert client_for(b.annotator).post(url(a.project, f"documents/{a.document.pk}/finish/")).status_code == 404


def test_finish_in_one_project_does_not_finish_in_another(a, b):
    project_documents_add(project=b.project, documents=[a.document.pk], by=None)
    from annotations.projects.services import project_member_set

    project_member_set(project=b.project, user=a.annotator, role="annotator", by=None)
    document_finish(project=b.project, document=a.document, annotator=a.annotator)
    assert DocumentFinish.objects.filter(document=a.document, annotator=a.annotator).count() == 2


# --- admin -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model", ["project", "projectmembership", "projectdocument", "guidelineversion", "assignment", "documentfinish"]
)
def test_admin_lists_and_shows_the_project_tables(client, a, admin_user, model):
    client.force_login(admin_user)
    assert client.get(f"/admin/annotations/{model}/").status_code == 200
    objects = {
        "project": a.project,
        "projectmembership": a.project.memberships.first(),
        "projectdocument": a.project.project_documents.first(),
        "guidelineversion": a.project.guideline_versions.first(),
        "assignment": a.assignment,
        "documentfinish": a.project.finishes.first(),
    }
    assert client.get(f"/admin/annotations/{model}/{objects[model].pk}/change/").status_code == 200


def test_admin_adds_a_guideline_version_with_the_next_number(client, a, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/annotations/guidelineversion/add/", {"project": a.project.pk, "text": "Second version."}
    )
    assert response.status_code == 302
    assert list(a.project.guideline_versions.values_list("number", flat=True)) == [2, 1]
    version = a.project.guideline_versions.get(number=2)
    response = client.post(f"/admin/annotations/guidelineversion/{version.pk}/change/", {"text": "Changed."})
    version.refresh_from_db()
    assert version.text == "Second version."


# --- project-owned writes: imports, incidents, annotations, releases ---------------------------------


def test_upload_into_a_project_names_it_in_the_form(client_for, a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("report.txt", b"Shelling hit the bakery in TownA. Two were hurt.")
    response = client_for(a.manager).post(
        "/api/v1/documents/upload/", {"file": upload, "project": a.project.pk}, format="multipart"
    )
    assert response.status_code == 201, response.json()
    document = Document.objects.get(pk=response.json()["created"][0]["id"])
    assert list(document.projects.all()) == [a.project]


def test_background_import_job_belongs_to_the_project(a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from annotations.services.imports import import_job_create

    upload = SimpleUploadedFile("many.jsonl", b'{"text": "One strike.", "title": "One"}\n')
    job = import_job_create(name="many.jsonl", upload=upload, created_by=a.manager, project=a.project)
    assert job.project == a.project


def test_import_command_names_the_project(a, tmp_path):
    from django.core.management import CommandError, call_command

    path = tmp_path / "note.txt"
    path.write_text("Airstrikes hit the clinic in TownA. One was killed.", encoding="utf-8")
    call_command("import_documents", str(path), "--project", "project a")
    assert a.project.documents.filter(text__startswith="Airstrikes hit the clinic").exists()
    with pytest.raises(CommandError, match="no project named or numbered 'Nowhere'"):
        call_command("import_documents", str(path), "--project", "Nowhere")
    call_command("import_documents", str(path), "--project", str(a.project.pk))


def test_incident_takes_the_only_project_or_the_one_named(client_for, a, b):
    response = client_for(a.annotator).post("/api/v1/incidents/", {"title": "Bakery strike"}, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["project"] == a.project.pk
    from annotations.projects.services import project_member_set

    project_member_set(project=b.project, user=a.annotator, role="annotator", by=None)
    response = client_for(a.annotator).post("/api/v1/incidents/", {"title": "Clinic strike"}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["project"] == [
        "You are a member of several projects; name the incident's project (project)."
    ]
    response = client_for(a.annotator).post(
        "/api/v1/incidents/", {"title": "Clinic strike", "project": b.project.pk}, format="json"
    )
    assert response.json()["project"] == b.project.pk


def test_a_claim_links_only_to_an_incident_of_its_own_project(client_for, a, b, admin_user):
    response = client_for(admin_user).post(
        f"/api/v1/incidents/{b.incident.pk}/links/", {"annotation": a.annotations[1].pk}, format="json"
    )
    assert response.status_code == 400
    assert "a claim links only to an incident of its own project" in response.json()["detail"]
    response = client_for(admin_user).post(
        f"/api/v1/incidents/{b.incident.pk}/merge/", {"into": a.incident.pk}, format="json"
    )
    assert response.status_code == 400
    assert "incidents merge only within one project" in response.json()["detail"]


def test_annotation_in_a_named_project_when_the_document_is_in_two(client_for, a, b):
    from annotations.projects.services import project_member_set

    project_documents_add(project=b.project, documents=[a.document.pk], by=None)
    project_member_set(project=b.project, user=a.annotator, role="annotator", by=None)
    sentence = a.document.sentences.order_by("index").first()
    client = client_for(a.annotator)
    response = client.post("/api/v1/annotations/", {"sentence": sentence.pk, "label": "rhetoric"}, format="json")
    assert response.status_code == 400
    assert "name one of them (project)" in response.json()["detail"]
    response = client.post(
        "/api/v1/annotations/", {"sentence": sentence.pk, "label": "rhetoric", "project": b.project.pk}, format="json"
    )
    assert response.status_code == 201, response.json()
    from annotations.models import Annotation

    assert Annotation.objects.get(pk=response.json()["id"]).project == b.project
    response = client.post(
        f"/api/v1/documents/{a.document.pk}/annotations/bulk/",
        {"items": [{"sentence": sentence.pk, "label": "attribution"}], "project": b.project.pk},
        format="json",
    )
    assert response.status_code == 201, response.json()


def test_releases_cover_one_project_for_reviewers(client_for, a, b, admin_user, settings, tmp_path):
    from annotations.models import DatasetRelease

    settings.WORKBENCH_RELEASES_DIR = tmp_path / "releases"
    response = client_for(a.reviewer).post(
        "/api/v1/releases/", {"name": "A v1", "shape": "annotations", "format": "jsonl"}, format="json"
    )
    assert response.status_code == 201, response.json()
    assert response.json()["project"] == a.project.pk
    assert DatasetRelease.objects.get(name="A v1").project == a.project
    response = client_for(admin_user).post(
        "/api/v1/releases/", {"name": "all v1", "shape": "annotations", "format": "jsonl"}, format="json"
    )
    assert response.json()["project"] is None
    assert [r["name"] for r in client_for(b.reviewer).get("/api/v1/releases/").json()] == []
    assert [r["name"] for r in client_for(a.manager).get("/api/v1/releases/").json()] == ["A v1"]
    listed = client_for(admin_user).get("/api/v1/releases/", {"project": a.project.pk}).json()
    assert [r["name"] for r in listed] == ["A v1"]


def test_every_list_takes_a_project_filter(client_for, a, b, admin_user):
    client = client_for(admin_user)
    for url_ in ("/api/v1/documents/", "/api/v1/annotations/", "/api/v1/incidents/", "/api/v1/sentences/"):
        body = client.get(url_, {"project": b.project.pk}).json()
        assert "TownA" not in str(body), url_
        assert "TownB" in str(body) or url_ == "/api/v1/annotations/", url_
    assert client.get("/api/v1/annotations/", {"project": a.project.pk}).json()["results"]
    assert client.get("/api/v1/review-queue/", {"project": b.project.pk}).json()["count"] == 1
    assert client.get("/api/v1/documents/", {"project": "x"}).status_code == 400


def test_import_without_a_project_by_someone_outside_the_default_project_must_name_one(client_for, a):
    response = client_for(a.manager).post("/api/v1/documents/", {"text": "Strikes hit TownA again."}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"]["project"] == [
        "Name the project to import into (project=ID of a project you manage)."
    ]


@pytest.mark.parametrize("size", [3, 30])
def test_assignment_list_query_count_does_not_grow(client_for, a, size, django_assert_max_num_queries):
    annotators = [make_user(f"helper{n}") for n in range(3)]
    client = client_for(a.manager)
    for person in annotators:
        client.post(url(a.project, "members/"), {"user": person.pk, "role": "annotator"}, format="json")
    for number in range(size):
        document_create(text=f"Report {number}: a strike hit the mill.", title=f"Mill {number}", project=a.project)
    client.post(url(a.project, "assignments/"), {"overlap": 2, "annotators": [p.pk for p in annotators]}, format="json")
    # 1 session, 2 user, 3 the caller's memberships, 4 the project, 5 COUNT for the page links,
    # 6 the page with the assignee joined and the finish as an EXISTS
    with django_assert_max_num_queries(6):
        body = client.get(url(a.project, "assignments/"), {"limit": 500}).json()
    # every document (the size new ones and A's first) to two helpers, and A's annotator's own
    assert body["count"] == 2 * (size + 1) + 1


@pytest.mark.parametrize("size", [3, 30])
def test_project_document_list_query_count_does_not_grow(client_for, a, size, django_assert_max_num_queries):
    for number in range(size):
        document_create(text=f"Report {number}: a strike hit the mill.", title=f"Mill {number}", project=a.project)
    client = client_for(a.annotator)
    # 1 session, 2 user, 3 the caller's memberships, 4 the project, 5 COUNT for the page links, 6 the
    # page with the publisher joined and the sentence count and the caller's progress as subqueries
    with django_assert_max_num_queries(6):
        body = client.get(url(a.project, "documents/"), {"limit": 500}).json()
    assert body["count"] == size + 1
