"""Pages people work in. They render from selectors and queries; every write goes through the REST API
from the page's JavaScript, so the pages and any other client obey the same rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from annotations.errors import Conflict
from annotations.models import (
    Annotation,
    AnnotationStatus,
    DatasetRelease,
    Document,
    Grade,
    Incident,
    Qualifier,
    RejectReason,
    Scope,
    Sentence,
    Stance,
)
from annotations.projects.access import (
    annotations_in_reach,
    documents_in_reach,
    project_owned_in_reach,
    projects_visible_to,
    reviewing_project_ids,
    sees_all_projects,
)
from annotations.projects.models import Assignment, DocumentFinish, Project
from annotations.projects.services import current_guidelines, document_finish, document_unfinish
from annotations.roles import can_annotate, is_reviewer
from annotations.search import incident_matches
from annotations.selectors import incident_visible_fields, incidents_for_view, incidents_in_reach, sees_everything
from annotations.services.discussion import unread_threads_for
from annotations.web import queries
from annotations.web.guidelines import guidelines_html
from annotations.web.params import id_param


def annotator_required(view: Callable) -> Callable:
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not can_annotate(request.user):
            raise PermissionDenied("Only annotators and reviewers can open this page; ask an admin for a role.")
        return view(request, *args, **kwargs)

    return wrapper


def reviewer_required(view: Callable) -> Callable:
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_reviewer(request.user):
            raise PermissionDenied("Only reviewers and admins can open this page.")
        return view(request, *args, **kwargs)

    return wrapper


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _choices(choices) -> list[dict]:
    return [{"value": value, "label": label} for value, label in choices]


@login_required
def home(request: HttpRequest) -> HttpResponse:
    progress = queries.progress_for(request.user)
    may_review = is_reviewer(request.user)
    context = {
        "progress": progress,
        "may_annotate": can_annotate(request.user),
        "may_review": may_review,
        # A reviewer who labels nothing has no annotator figures worth a card of zeros.
        "show_my_work": not may_review or progress.total > 0,
        "ungraded": queries.ungraded_incidents(request.user) if may_review else [],
        "unread_threads": unread_threads_for(request.user),
        "assigned_count": queries.assigned_unfinished(request.user).count() if can_annotate(request.user) else 0,
    }
    return render(request, "annotations/home.html", context)


@annotator_required
def document_list(request: HttpRequest) -> HttpResponse:
    errors = []
    after, before = request.GET.get("published_after"), request.GET.get("published_before")
    if (after and not _date(after)) or (before and not _date(before)):
        errors.append("Dates must be written as YYYY-MM-DD; the date filter was left out.")
    mine = request.GET.get("mine", "")
    projects = list(queries.projects_for_picker(request.user))
    project = id_param(request.GET.get("project"))
    if project is not None and project not in {one.id for one in projects}:
        errors.append("You are not a member of that project; the project filter was left out.")
        project = None
    filters = queries.DocumentFilters(
        q=request.GET.get("q", "").strip(),
        mine=mine if mine in AnnotationStatus.values else "",
        publisher=id_param(request.GET.get("publisher")),
        published_after=_date(after),
        published_before=_date(before),
        project=project,
    )
    page = Paginator(queries.documents_with_progress(request.user, filters), 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "filters": filters,
        "publishers": queries.publishers(),
        "errors": errors,
        "query": query.urlencode(),
        "may_import": is_reviewer(request.user),
        "projects": projects,
        "assigned": list(queries.assigned_unfinished(request.user, project=project)[:200]),
    }
    return render(request, "annotations/document_list.html", context)


@reviewer_required
def document_import(request: HttpRequest) -> HttpResponse:
    return render(request, "annotations/document_import.html")


def _project_for_page(user, document: Document, wanted: int | None) -> Project:
    """The project the annotation page works in: the one asked for, else one where the document is
    assigned to the user, else the first by name. A document in none of the user's projects is absent."""
    candidates = list(projects_visible_to(user).filter(project_documents__document=document).order_by("name", "id"))
    if not candidates:
        raise Http404("No such document in your projects.")
    by_id = {project.id: project for project in candidates}
    if wanted in by_id:
        return by_id[wanted]
    assigned = (
        Assignment.objects.filter(user_id=user.pk, document=document, project_id__in=by_id)
        .order_by("project__name")
        .values_list("project_id", flat=True)
        .first()
    )
    return by_id[assigned] if assigned else candidates[0]


def _labels_for(project: Project):
    labels = queries.active_labels().filter(projects=project)
    return labels if labels.exists() else queries.active_labels()


def _guidelines_context(project: Project) -> dict:
    version = current_guidelines(project)
    return {
        "project": {"id": project.id, "name": project.name},
        "number": version.number if version else None,
        "created_at": version.created_at if version else None,
        "html": guidelines_html(version.text) if version else "",
    }


@annotator_required
def annotate(request: HttpRequest, document_id: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.select_related("publisher", "source_file"), pk=document_id)
    project = _project_for_page(request.user, document, id_param(request.GET.get("project")))
    several = projects_visible_to(request.user).filter(project_documents__document=document).count() > 1
    labels = _labels_for(project)
    finished = DocumentFinish.objects.filter(project=project, document=document, annotator=request.user).exists()
    page_data = {
        "document": {"id": document.id, "title": document.title},
        "project": {"id": project.id, "name": project.name, "several": several},
        "finished": finished,
        "threads": queries.my_threads_on(request.user, document),
        "finish_url": reverse("document-finish", args=[document.id]) + f"?project={project.id}",
        "next_url": reverse("next-assigned") + f"?after={document.id}&project={project.id}",
        "me": {"id": request.user.id, "username": request.user.username, "is_reviewer": is_reviewer(request.user)},
        "labels": [
            {"key": label.key, "name": label.name, "colour": label.colour, "shortcut": label.shortcut}
            for label in labels
        ],
        "actors": queries.actors_for_pickers(),
        "qualifiers": _choices(Qualifier.choices),
        "scopes": _choices(Scope.choices),
        "stances": _choices(Stance.choices),
    }
    segments = queries.document_segments(document)
    boilerplate = sum(1 for segment in segments if segment.get("sentence") and segment["sentence"].is_boilerplate)
    context = {
        "document": document,
        "project": project,
        "finished": finished,
        "segments": segments,
        "boilerplate_count": boilerplate,
        # Boilerplate is offered for labelling only on request, or where this person labelled some already.
        "boilerplate_offered": bool(boilerplate)
        and (
            request.GET.get("boilerplate") == "1"
            or Annotation.objects.filter(
                annotator=request.user, sentence__document=document, sentence__is_boilerplate=True
            ).exists()
        ),
        "labels": labels,
        "guidelines": [_guidelines_context(project)],
        "page_data": page_data,
    }
    return render(request, "annotations/annotate.html", context)


@annotator_required
def next_assigned(request: HttpRequest) -> HttpResponse:
    """The next document assigned to me that I have not finished, after the one I am on (in the
    order of my "assigned to me" list, round to the start); the document list when there is none."""
    items = [(one.project_id, one.document_id) for one in queries.assigned_unfinished(request.user)]
    here = (id_param(request.GET.get("project")), id_param(request.GET.get("after")))
    if here in items:
        position = items.index(here)
        items = items[position + 1 :] + items[:position]
    if not items:
        return redirect(reverse("document-list") + "?assigned=none")
    project_id, document_id = items[0]
    return redirect(reverse("annotate", args=[document_id]) + f"?project={project_id}")


def _error_response(error: Exception) -> JsonResponse:
    if isinstance(error, Conflict):
        return JsonResponse({"detail": error.message}, status=409)
    if isinstance(error, ValidationError):
        detail = " ".join(message for messages in error.message_dict.values() for message in messages)
        return JsonResponse({"detail": detail}, status=400)
    return JsonResponse({"detail": str(error) or "You may not do this."}, status=403)


@annotator_required
@require_http_methods(["POST", "DELETE"])
def finish(request: HttpRequest, document_id: int) -> JsonResponse:
    """POST: I have read the whole document (blanks count as "no label"); DELETE: undo that, while
    nothing of mine on it is approved (409 otherwise)."""
    document = get_object_or_404(Document, pk=document_id)
    project = _project_for_page(request.user, document, id_param(request.GET.get("project")))
    try:
        if request.method == "POST":
            document_finish(project=project, document=document, annotator=request.user)
        else:
            document_unfinish(project=project, document=document, annotator=request.user)
    except (Conflict, ValidationError, PermissionDenied) as error:
        return _error_response(error)
    finished = request.method == "POST"
    return JsonResponse({"finished": finished, "project": project.id, "document": document.id})


def _review_filter_options(user) -> dict:
    """The choices of the review and export filters: only documents and people of the user's projects."""
    annotators = User.objects.filter(annotations__isnull=False)
    if not sees_all_projects(user):
        annotators = User.objects.filter(project_memberships__project_id__in=reviewing_project_ids(user) or [0])
    return {
        "labels": queries.active_labels(),
        "documents": documents_in_reach(Document.objects.only("id", "title"), user).order_by("title"),
        "publishers": queries.publishers(),
        "annotators": annotators.distinct().order_by("username"),
    }


@reviewer_required
def review_queue(request: HttpRequest) -> HttpResponse:
    selected = {name: request.GET.get(name, "") for name in ("label", "document", "publisher", "annotator")}
    context = {
        **_review_filter_options(request.user),
        "selected": selected,
        "active_filters": sum(1 for value in selected.values() if value),
        "page_data": {
            "me": {"id": request.user.id, "username": request.user.username},
            "actors": {actor["id"]: actor["name"] for actor in queries.actors_for_pickers()},
            "labels": {label.key: {"name": label.name, "colour": label.colour} for label in queries.active_labels()},
        },
        "reasons": RejectReason.choices,
        "guidelines": [_guidelines_context(project) for project in _reviewed_projects(request.user)],
    }
    return render(request, "annotations/review_queue.html", context)


def _reviewed_projects(user) -> list[Project]:
    """The projects whose guidelines a reviewer may need beside the queue (staff: all, up to 50)."""
    projects = Project.objects.order_by("name", "id")
    if not sees_all_projects(user):
        projects = projects.filter(pk__in=reviewing_project_ids(user))
    return list(projects[:50])


@reviewer_required
def adjudicate(request: HttpRequest, sentence_id: int) -> HttpResponse:
    sentences = documents_in_reach(
        Sentence.objects.select_related("document__publisher"), request.user, field="document_id"
    )
    sentence = get_object_or_404(sentences, pk=sentence_id)
    annotations = annotations_in_reach(
        Annotation.objects.filter(sentence=sentence)
        .select_related("label", "annotator", "figures", "responsibility__actor")
        .annotate(message_count=Count("messages"))
        .order_by("label__order", "annotator__username"),
        request.user,
    )
    context = {
        "sentence": sentence,
        "annotations": annotations,
        "sentence_text": sentence.text_in(sentence.document.text),
        "reasons": RejectReason.choices,
        "page_data": {
            "sentence": sentence.id,
            "document": sentence.document_id,
            "me": {"id": request.user.id, "username": request.user.username},
        },
    }
    return render(request, "annotations/adjudicate.html", context)


@login_required
def incident_list(request: HttpRequest) -> HttpResponse:
    selected = {name: request.GET.get(name, "").strip() for name in ("q", "grade", "occurred_after", "occurred_before")}
    blind = not sees_everything(request.user)
    errors = []
    incidents = incidents_in_reach(Incident.objects.filter(merged_into__isnull=True), request.user).order_by(
        "-occurred_on", "-id"
    )
    if selected["q"]:
        incidents = incidents.filter(incident_matches(selected["q"]))
    if selected["grade"] and not blind:
        incidents = incidents.filter(grade=selected["grade"])
    for name, lookup in (("occurred_after", "occurred_on__gte"), ("occurred_before", "occurred_on__lte")):
        if selected[name]:
            day = _date(selected[name])
            if day is None:
                errors.append("Dates must be written as YYYY-MM-DD; the date filter was left out.")
            else:
                incidents = incidents.filter(**{lookup: day})
    page = Paginator(incidents, 50).get_page(request.GET.get("page"))
    # Blind annotation: an annotator gets no verification summary, only the count of their own claims.
    rows = [
        {"incident": incident, "summary": summary, "mine": len(claims)}
        for incident, summary, claims in incidents_for_view(page, request.user)
    ]
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "rows": rows,
        "page": page,
        "grades": Grade.choices,
        "selected": selected,
        "errors": errors,
        "query": query.urlencode(),
        "blind": blind,
    }
    return render(request, "annotations/incident_list.html", context)


@login_required
def incident_detail(request: HttpRequest, incident_id: int) -> HttpResponse:
    incident = get_object_or_404(
        incidents_in_reach(Incident.objects.select_related("merged_into", "created_by"), request.user), pk=incident_id
    )
    [(incident, summary, claims)] = incidents_for_view([incident], request.user)
    blind = summary is None
    visible = incident_visible_fields(incident, request.user)
    conflicting = set() if blind else {pk for conflict in summary["conflicts"] for pk in conflict["annotations"]}
    context = {
        "incident": incident,
        "summary": summary,
        "claims": claims,
        "conflicting": conflicting,
        "blind": blind,
        "show_description": visible is None or "description" in visible,
        "may_review": is_reviewer(request.user),
        "grades": Grade.choices,
        "page_data": {"incident": incident.id, "version": incident.version},
    }
    return render(request, "annotations/incident_detail.html", context)


@annotator_required
def exports(request: HttpRequest) -> HttpResponse:
    may_review = is_reviewer(request.user)
    context = {
        **_review_filter_options(request.user),
        "may_review": may_review,
        "releases": project_owned_in_reach(
            DatasetRelease.objects.select_related("created_by"), request.user, reviewing=True
        )[:100]
        if may_review
        else [],
        "incidents": project_owned_in_reach(Incident.objects.filter(merged_into__isnull=True), request.user)
        .only("id", "title")
        .order_by("title"),
        "statuses": AnnotationStatus.choices,
    }
    return render(request, "annotations/exports.html", context)
