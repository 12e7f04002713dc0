"""The agreement page and the team dashboard of a project (reviewers and managers of it, staff).

Both read ``annotations.agreement`` / ``annotations.dashboard``, as the API does; the dashboard's
charts are drawn in the page from the same figures (``dashboard.js`` with the vendored uPlot), and
the numbers are in tables beside them.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from annotations.agreement import agreement_for_documents, agreement_for_project
from annotations.dashboard import project_dashboard, project_for_review
from annotations.filters import MAX_ID
from annotations.models import Document, Project
from annotations.projects.access import documents_in_reach, reviewing_project_ids, sees_all_projects
from annotations.web.params import id_param
from annotations.web.views import reviewer_required


def _reviewed_projects(user):
    projects = Project.objects.only("id", "name").order_by("name")
    return projects if sees_all_projects(user) else projects.filter(pk__in=reviewing_project_ids(user))


@reviewer_required
def agreement(request: HttpRequest) -> HttpResponse:
    """Per project (finished documents, blanks as "no label"), or over chosen documents as before."""
    user = request.user
    projects = list(_reviewed_projects(user))
    documents = documents_in_reach(
        Document.objects.filter(sentences__annotations__isnull=False).distinct().only("id", "title").order_by("title"),
        user,
    )
    selected = [number for number in map(id_param, request.GET.getlist("document")) if number is not None]
    project = report = None
    project_id = id_param(request.GET.get("project"))
    if project_id is not None:
        project = project_for_review(user=user, project_id=project_id)
        report = agreement_for_project(project=project)
    elif selected:
        scope = None if sees_all_projects(user) else reviewing_project_ids(user)
        report = agreement_for_documents(documents=selected, projects=scope)
    context = {
        "projects": projects,
        "project": project,
        "documents": documents,
        "selected": selected,
        "report": report,
    }
    return render(request, "annotations/agreement.html", context)


@login_required
def dashboard(request: HttpRequest, project_id: int) -> HttpResponse:
    # Not ``reviewer_required``: someone outside the project gets 404, as the API answers, not 403.
    if project_id > MAX_ID:
        raise Http404("No such project.")
    project = project_for_review(user=request.user, project_id=project_id)
    figures = project_dashboard(project=project)
    progress = figures["progress"]
    days = zip(
        progress["days"],
        progress["finished"],
        progress["annotations"],
        progress["finished_total"],
        progress["annotations_total"],
        strict=True,
    )
    chart = {
        "progress": progress,
        "annotators": [
            {
                "name": row["annotator"]["username"],
                "assigned": row["assigned"],
                "finished": row["finished"],
            }
            for row in figures["annotators"]
        ],
    }
    context = {
        "project": project,
        "figures": figures,
        "days": list(days),
        "chart": chart,
        "projects": list(_reviewed_projects(request.user)),
    }
    return render(request, "annotations/dashboard.html", context)
