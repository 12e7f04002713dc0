"""The team dashboard's figures: pure helpers, the per-project computation on a real database, and
GET /api/v1/projects/{id}/dashboard/ (reviewers and managers; 403 for annotators, 404 outside)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from rest_framework.test import APIClient

from annotations.dashboard import agreement_with_others, approval_rate, daily_series, median_seconds, project_dashboard
from annotations.models import DocumentFinish, Event, Label
from annotations.projects.services import assignment_add, default_project, document_finish, project_create
from annotations.services.annotating import AnnotationDraft, annotation_create
from annotations.services.documents import document_create
from annotations.services.reviewing import annotation_approve, annotation_reject, annotation_submit
from tests.conftest import _user

# --- pure ---------------------------------------------------------------------------------------------


def test_median_of_nothing_is_none_and_of_some_is_the_middle():
    assert median_seconds([]) is None
    assert median_seconds([60, 3600, 120]) == 120


def test_approval_rate_is_none_before_any_decision():
    assert approval_rate(0, 0) is None
    assert approval_rate(3, 1) == 0.75


def test_agreement_with_others_takes_this_annotators_side_of_each_pair():
    pairs = [
        {"annotators": ["a", "b"], "sentences": 4, "agreed": 3, "disagreed": 1, "alpha": 0.5},
        {"annotators": ["a", "c"], "sentences": 6, "agreed": 3, "disagreed": 3, "alpha": None},
        {"annotators": ["b", "c"], "sentences": 2, "agreed": 2, "disagreed": 0, "alpha": 1.0},
    ]
    mine = agreement_with_others("a", pairs)
    assert mine["units"] == 10 and mine["share"] == pytest.approx(0.6)
    assert [(other["with"], other["share"]) for other in mine["pairs"]] == [("b", 0.75), ("c", 0.5)]
    assert agreement_with_others("d", pairs) == {"share": None, "units": 0, "pairs": []}


def test_daily_series_fills_missing_days_and_keeps_running_totals():
    day = dt.date(2026, 11, 30)
    series = daily_series({day: 1, day + dt.timedelta(days=2): 2}, {day + dt.timedelta(days=1): 5})
    assert series["days"] == ["2026-11-30", "2026-12-01", "2026-12-02"]
    assert series["series"] == [[1, 0, 2], [0, 5, 0]]
    assert series["cumulative"] == [[1, 1, 3], [0, 5, 5]]
    assert daily_series({}, {})["days"] == []


# --- the database -------------------------------------------------------------------------------------


def _label(user, sentence, key="rhetoric"):
    draft = AnnotationDraft(sentence=sentence, label=Label.objects.get(key=key))
    return annotation_submit(annotation=annotation_create(annotator=user, draft=draft), by=user)


@pytest.fixture
def team(document, annotator, second_annotator, reviewer):
    """Two documents assigned to ann and ann2; ann labels three sentences of the first (one approved, one
    rejected as a wrong label, one waiting), ann2 one; both finish the first, ann an hour after starting."""
    project = default_project()
    other, _ = document_create(text="A quiet day. Nothing happened.", title="Quiet day")
    for doc in (document, other):
        for user in (annotator, second_annotator):
            assignment_add(project=project, document=doc, user=user, by=None)
    sentences = list(document.sentences.order_by("index"))
    approved, rejected, _waiting = (_label(annotator, sentence) for sentence in sentences[:3])
    _label(second_annotator, sentences[0])
    annotation_approve(annotation=approved, reviewer=reviewer)
    annotation_reject(annotation=rejected, reviewer=reviewer, reason="wrong_label")
    for user in (annotator, second_annotator):
        document_finish(project=project, document=document, annotator=user)
    first = Event.objects.filter(annotation__annotator=annotator).order_by("at").first().at
    DocumentFinish.objects.filter(annotator=annotator).update(finished_at=first + dt.timedelta(hours=1))
    return project


def test_dashboard_counts_each_annotators_work(team, django_assert_max_num_queries):
    # members, assignments, finishes, states, decisions, first events, usernames of non-members (only
    # when there are any), agreement (5), backlog, finished per day, annotations per day, documents
    with django_assert_max_num_queries(16):
        figures = project_dashboard(project=team)
    rows = {row["annotator"]["username"]: row for row in figures["annotators"]}
    ann = rows["ann"]
    assert (ann["assigned"], ann["finished"]) == (2, 1)
    assert ann["annotations"] == {"draft": 0, "submitted": 1, "approved": 1, "rejected": 1}
    assert (ann["approvals"], ann["rejections"], ann["approval_rate"]) == (1, 1, 0.5)
    assert ann["rejection_reasons"] == {"wrong_label": 1}
    assert ann["median_seconds_per_document"] == pytest.approx(3600, abs=1)
    assert ann["agreement"]["units"] == 4 and ann["agreement"]["pairs"][0]["with"] == "ann2"
    # Alike on sentence 1 (both labelled) and 4 (both blank); ann2 left 2 and 3 blank.
    assert ann["agreement"]["share"] == pytest.approx(0.5)
    assert rows["ann2"]["approval_rate"] is None
    assert figures["documents"] == 2
    assert figures["backlog"]["submitted"] == 2  # ann's third and ann2's one
    assert figures["agreement"]["units"] == 4 and figures["agreement"]["disagreements"] == 2
    assert figures["progress"]["finished_total"][-1] == 2
    assert figures["progress"]["annotations_total"][-1] == 4


def test_the_query_count_does_not_grow_with_the_team(team, django_assert_max_num_queries, db):
    project = team
    document = project.documents.order_by("id").first()
    for n in range(4):
        user = _user(f"extra{n}", "annotator")
        assignment_add(project=project, document=document, user=user, by=None)
        _label(user, document.sentences.get(index=0))
        document_finish(project=project, document=document, annotator=user)
    with django_assert_max_num_queries(16):
        figures = project_dashboard(project=project)
    assert len(figures["annotators"]) == 6


# --- the API ------------------------------------------------------------------------------------------


@pytest.fixture
def client_for(db):
    def make(user) -> APIClient:
        client = APIClient()
        client.force_login(user)
        return client

    return make


def test_a_reviewer_reads_the_dashboard(client_for, reviewer, team):
    response = client_for(reviewer).get(f"/api/v1/projects/{team.pk}/dashboard/")
    assert response.status_code == 200
    body = response.json()
    assert body["project"] == {"id": team.pk, "name": team.name}
    assert [row["annotator"]["username"] for row in body["annotators"]] == ["ann", "ann2"]
    assert body["backlog"]["submitted"] == 2


def test_an_annotator_of_the_project_is_refused_the_dashboard(client_for, annotator, team):
    assert client_for(annotator).get(f"/api/v1/projects/{team.pk}/dashboard/").status_code == 403


def test_outsiders_and_unknown_projects_get_404(client_for, outsider, admin_user, team):
    assert client_for(outsider).get(f"/api/v1/projects/{team.pk}/dashboard/").status_code == 404
    assert client_for(admin_user).get("/api/v1/projects/987654/dashboard/").status_code == 404
    assert client_for(admin_user).get(f"/api/v1/projects/{2**63}/dashboard/").status_code == 404


def test_staff_read_any_dashboard(client_for, admin_user, team):
    assert client_for(admin_user).get(f"/api/v1/projects/{team.pk}/dashboard/").status_code == 200


# --- the pages (without a browser; tests/web/test_dashboard_browser.py draws them) ---------------------


def test_the_agreement_page_of_a_project_the_reviewer_is_not_in_is_404(client, admin_user, reviewer, team):
    other = project_create(name="Newsroom", by=admin_user)
    client.force_login(reviewer)
    assert client.get(reverse("agreement"), {"project": other.pk}).status_code == 404
    page = client.get(reverse("agreement"), {"project": team.pk}).content.decode()
    assert "ann2: no label" in page
    assert reverse("project-dashboard", args=[team.pk]) in page


def test_the_agreement_command_names_a_missing_project(db):
    with pytest.raises(CommandError, match="No project with id 987654"):
        call_command("agreement", "--project", "987654")
