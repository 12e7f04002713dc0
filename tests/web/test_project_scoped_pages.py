"""The pages' own lists (filter choices, releases, incidents to grade) show nothing of a project the
user is not in: a reviewer of project B never reads project A's document titles, people or incidents."""

import pytest
from django.contrib.auth.models import Group, User

from annotations.projects.services import project_create, project_member_set
from annotations.services.documents import document_create
from annotations.services.incidents import incident_create

pytestmark = pytest.mark.django_db

A_TITLE = "Secret report of project A"
A_INCIDENT = "Strike only project A knows about"


@pytest.fixture
def two_projects(admin_user):
    reviewer_group = Group.objects.get(name="reviewer")
    a = project_create(name="Project A", by=admin_user)
    b = project_create(name="Project B", by=admin_user)
    a_person = User.objects.create_user("a-only-annotator", password="x")
    project_member_set(project=a, user=a_person, role="annotator", by=admin_user)
    b_reviewer = User.objects.create_user("b-reviewer", password="x")
    b_reviewer.groups.add(reviewer_group)
    project_member_set(project=b, user=b_reviewer, role="reviewer", by=admin_user)
    document, _ = document_create(
        text="Shelling hit the old town on Friday. Two people died.", title=A_TITLE, project=a
    )
    incident_create(by=admin_user, title=A_INCIDENT, project=a)
    from annotations.models import Annotation, Label
    from annotations.services.annotating import AnnotationDraft, annotation_create

    annotation_create(
        annotator=a_person,
        draft=AnnotationDraft(sentence=document.sentences.first(), label=Label.objects.get(key="rhetoric")),
    )
    assert Annotation.objects.filter(annotator=a_person).exists()
    return b_reviewer


@pytest.mark.parametrize("url", ["/", "/review/", "/exports/", "/documents/", "/incidents/", "/incidents/?q=Strike"])
def test_a_reviewer_of_another_project_reads_nothing_of_project_a(client, two_projects, url):
    client.force_login(two_projects)
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert A_TITLE not in html
    assert A_INCIDENT not in html
    assert "a-only-annotator" not in html


def test_staff_still_see_every_project_in_the_filter_choices(client, two_projects, admin_user):
    client.force_login(admin_user)
    html = client.get("/review/").content.decode()
    assert A_TITLE in html and "a-only-annotator" in html


def test_an_incident_page_of_another_project_is_404(client, two_projects):
    from annotations.models import Incident

    client.force_login(two_projects)
    incident = Incident.objects.get(title=A_INCIDENT)
    assert client.get(f"/incidents/{incident.pk}/").status_code == 404
