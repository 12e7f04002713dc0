"""GET /api/v1/agreement/?project=: the honest report for the project's reviewers, managers and staff;
404 for people outside the project, 403 for its annotators, 400 for ids that are not ids."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from annotations.models import Label
from annotations.projects.services import (
    assignment_add,
    default_project,
    document_finish,
    project_create,
    project_member_set,
)
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.reviewing import annotation_submit
from tests.conftest import _user


@pytest.fixture
def client_for(db):
    def make(user) -> APIClient:
        client = APIClient()
        client.force_login(user)
        return client

    return make


@pytest.fixture
def finished_a_and_b(document, annotator, second_annotator):
    """ann labels sentences 1-4 of the document, ann2 only sentence 1; both assigned, both finished."""
    project = default_project()
    rhetoric = Label.objects.get(key="rhetoric")
    sentences = list(document.sentences.order_by("index"))
    for user, chosen in ((annotator, sentences[:4]), (second_annotator, sentences[:1])):
        for sentence in chosen:
            made = annotation_create(annotator=user, draft=AnnotationDraft(sentence=sentence, label=rhetoric))
            annotation_submit(annotation=made, by=user)
        assignment_add(project=project, document=document, user=user, by=None)
        document_finish(project=project, document=document, annotator=user)
    return project, sentences


def test_a_reviewer_of_the_project_gets_units_pairs_and_the_blanks_as_disagreements(
    client_for, reviewer, finished_a_and_b
):
    project, sentences = finished_a_and_b
    response = client_for(reviewer).get(f"/api/v1/agreement/?project={project.pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["project"] == project.pk
    assert body["units"] == 4 and body["comparisons"] == 4
    assert body["overall_alpha"] < 1
    assert [item["sentence"] for item in body["disagreements"]] == [s.pk for s in sentences[1:4]]
    assert body["disagreements"][0]["labels"] == {"ann": ["rhetoric"], "ann2": []}
    assert body["pairs"][0]["annotators"] == ["ann", "ann2"] and "alpha" in body["pairs"][0]
    assert body["figures"] == {"pairs": 0, "matching": 0, "share": None, "differing": []}


def test_staff_see_any_project(client_for, admin_user, finished_a_and_b):
    project, _ = finished_a_and_b
    assert client_for(admin_user).get(f"/api/v1/agreement/?project={project.pk}").status_code == 200


def test_an_annotator_of_the_project_is_refused(client_for, annotator, finished_a_and_b):
    project, _ = finished_a_and_b
    response = client_for(annotator).get(f"/api/v1/agreement/?project={project.pk}")
    assert response.status_code == 403
    assert "reviewers and managers of this project" in response.json()["detail"]


def test_someone_outside_the_project_finds_nothing(client_for, outsider, finished_a_and_b):
    project, _ = finished_a_and_b
    assert client_for(outsider).get(f"/api/v1/agreement/?project={project.pk}").status_code == 404


def test_a_reviewer_of_another_project_finds_nothing(client_for, admin_user, finished_a_and_b):
    project, _ = finished_a_and_b
    stranger = _user("rev-elsewhere")
    other = project_create(name="Newsroom", by=admin_user)
    project_member_set(project=other, user=stranger, role="reviewer", by=admin_user)
    client = client_for(stranger)
    assert client.get(f"/api/v1/agreement/?project={project.pk}").status_code == 404
    assert client.get(f"/api/v1/agreement/?project={other.pk}").json()["units"] == 0
    # Nor does the older, document-based report show the other project's labels.
    document = finished_a_and_b[1][0].document_id
    assert client.get(f"/api/v1/agreement/?document={document}").json()["sentences"] == 0


def test_a_project_that_does_not_exist_is_404_even_for_staff(client_for, admin_user, db):
    assert client_for(admin_user).get("/api/v1/agreement/?project=987654").status_code == 404


@pytest.mark.parametrize(
    "query",
    ["project=0", "project=-3", "project=abc", f"project={2**63}", "project=1&project=2", "project=1&document=0"],
)
def test_ids_that_are_not_ids_are_400(client_for, reviewer, query):
    response = client_for(reviewer).get(f"/api/v1/agreement/?{query}")
    assert response.status_code == 400
    assert set(response.json()["errors"]) & {"project", "document"}


def test_the_largest_id_is_still_an_id(client_for, admin_user, db):
    assert client_for(admin_user).get(f"/api/v1/agreement/?project={2**63 - 1}").status_code == 404


def test_the_schema_documents_the_project_parameter(client_for, reviewer):
    schema = client_for(reviewer).get("/api/v1/schema/?format=json").json()
    parameters = {p["name"] for p in schema["paths"]["/api/v1/agreement/"]["get"]["parameters"]}
    assert {"project", "document"} <= parameters
