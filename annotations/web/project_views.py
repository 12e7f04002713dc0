"""The pages of projects: my projects with my role, and a project's page where its managers add
members, edit the guidelines (each edit a new version), add documents and assign them with overlap.

The forms post to the project page and call ``annotations.projects.services`` directly; every error
the services raise is shown on the page in their words.
"""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from annotations.errors import Conflict
from annotations.models import Document
from annotations.projects.access import (
    documents_in_reach,
    may_create_projects,
    may_manage,
    projects_visible_to,
    role_in,
)
from annotations.projects.models import (
    Assignment,
    AssignmentRole,
    DocumentFinish,
    GuidelineVersion,
    Project,
    ProjectDocument,
    ProjectMembership,
    ProjectRole,
)
from annotations.projects.services import (
    ANNOTATING_ROLES,
    assignments_overlap,
    current_guidelines,
    guidelines_add,
    project_create,
    project_documents_add,
    project_member_remove,
    project_member_set,
)
from annotations.web.guidelines import guidelines_html
from annotations.web.params import whole_number

User = get_user_model()
ASSIGNMENT_ROWS = 300  # documents shown in the assignment table


@login_required
def project_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        if not may_create_projects(request.user):
            raise PermissionDenied("Only staff and reviewers can create projects.")
        try:
            project = project_create(
                name=request.POST.get("name", ""), description=request.POST.get("description", ""), by=request.user
            )
        except ValidationError as error:
            messages.error(request, _words(error))
        else:
            messages.success(request, f"Project {project.name} created; you are its manager.")
            return redirect("project-detail", project_id=project.id)
    projects = projects_visible_to(request.user).annotate(
        member_count=Count("memberships", distinct=True), document_count=Count("project_documents", distinct=True)
    )
    rows = [{"project": project, "role": role_in(request.user, project)} for project in projects.order_by("name")]
    context = {"rows": rows, "may_create": may_create_projects(request.user)}
    return render(request, "annotations/project_list.html", context)


def _words(error: Exception) -> str:
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return " ".join(message for messages_ in error.message_dict.values() for message in messages_)
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return getattr(error, "message", None) or str(error)


def _ids(text: str) -> list[int]:
    words = [word for word in re.split(r"[\s,;]+", text or "") if word]
    bad = [word for word in words if not (word.isascii() and word.isdigit() and len(word) <= 18)]
    if bad:
        raise ValidationError({"documents": f"Not a document id: {', '.join(bad[:5])}."})
    return [int(word) for word in words]


def _act(request: HttpRequest, project: Project) -> str:
    """Do what the posted form asks; returns the message to show."""
    action = request.POST.get("action")
    if action == "member_set":
        username = request.POST.get("username", "").strip()
        user = User.objects.filter(username=username).first()
        if user is None:
            raise ValidationError({"user": f"No user named {username!r}."})
        role = request.POST.get("role", "")
        project_member_set(project=project, user=user, role=role, by=request.user)
        return f"{user.username} is {role} in {project.name}."
    if action == "member_remove":
        user = User.objects.filter(pk=whole_number(request.POST.get("user"))).first()
        if user is None:
            raise ValidationError({"user": "No such user."})
        project_member_remove(project=project, user=user, by=request.user)
        return f"{user.username} is no longer a member of {project.name}."
    if action == "guidelines":
        version = guidelines_add(project=project, text=request.POST.get("text", ""), by=request.user)
        return f"Guidelines version {version.number} saved."
    if action == "documents":
        reachable = documents_in_reach(Document.objects.all(), request.user)
        if request.POST.get("all_documents"):
            wanted = list(reachable.exclude(project_links__project=project).values_list("pk", flat=True))
            if not wanted:
                return "Every document you can see is in the project already."
        else:
            wanted = _ids(request.POST.get("documents", ""))
            seen = set(reachable.filter(pk__in=wanted).values_list("pk", flat=True))
            unknown = [pk for pk in wanted if pk not in seen]
            if unknown:
                raise ValidationError({"documents": f"No document with id {', '.join(map(str, unknown[:20]))}."})
        added = project_documents_add(project=project, documents=wanted, by=request.user)
        return f"{added} document{'s' if added != 1 else ''} added to {project.name}."
    if action == "assign":
        overlap = whole_number(request.POST.get("overlap"))
        if overlap is None:
            raise ValidationError({"overlap": "Give the overlap as a whole number (annotators per document)."})
        annotators = [pk for pk in map(whole_number, request.POST.getlist("annotators")) if pk is not None]
        created = assignments_overlap(project=project, overlap=overlap, annotators=annotators, by=request.user)
        return (
            f"{len(created)} new assignment{'s' if len(created) != 1 else ''}: every document has {overlap} annotators."
        )
    raise ValidationError({"action": "Unknown form."})


@login_required
def project_detail(request: HttpRequest, project_id: int) -> HttpResponse:
    project = projects_visible_to(request.user).filter(pk=project_id).first()
    if project is None:
        raise Http404("No such project among yours.")
    manager = may_manage(request.user, project)
    if request.method == "POST":
        if not manager:
            raise PermissionDenied("Only the project's managers can change it.")
        try:
            messages.success(request, _act(request, project))
        except (ValidationError, Conflict, PermissionDenied) as error:
            messages.error(request, _words(error))
        return redirect(reverse("project-detail", args=[project.id]) + "#" + request.POST.get("action", ""))
    guidelines = current_guidelines(project)
    context = {
        "project": project,
        "role": role_in(request.user, project),
        "manager": manager,
        "guidelines": guidelines,
        "guidelines_html": guidelines_html(guidelines.text) if guidelines else "",
        "document_count": ProjectDocument.objects.filter(project=project).count(),
    }
    if manager:
        context.update(_management(project))
    return render(request, "annotations/project_detail.html", context)


def _management(project: Project) -> dict:
    memberships = list(
        ProjectMembership.objects.filter(project=project).select_related("user").order_by("user__username")
    )
    versions = list(
        GuidelineVersion.objects.filter(project=project).select_related("created_by").order_by("-number")[:30]
    )
    for version in versions:
        version.html = guidelines_html(version.text)
    documents = list(
        ProjectDocument.objects.filter(project=project)
        .select_related("document")
        .only("document__id", "document__title")
        .order_by("document_id")[:ASSIGNMENT_ROWS]
    )
    shown = [link.document_id for link in documents]
    finished = set(
        DocumentFinish.objects.filter(project=project, document_id__in=shown).values_list("document_id", "annotator_id")
    )
    by_document: dict[int, list[dict]] = {}
    for assignment in (
        Assignment.objects.filter(project=project, document_id__in=shown, role=AssignmentRole.ANNOTATOR)
        .select_related("user")
        .order_by("user__username")
    ):
        by_document.setdefault(assignment.document_id, []).append(
            {"user": assignment.user, "finished": (assignment.document_id, assignment.user_id) in finished}
        )
    load = (
        Assignment.objects.filter(project=project, role=AssignmentRole.ANNOTATOR)
        .values("user__username")
        .annotate(
            assigned=Count("id"),
        )
        .order_by("user__username")
    )
    finished_count = dict(
        DocumentFinish.objects.filter(project=project)
        .values("annotator__username")
        .annotate(n=Count("id"))
        .values_list("annotator__username", "n")
    )
    return {
        "memberships": memberships,
        "roles": ProjectRole.choices,
        "annotating": [m for m in memberships if m.role in ANNOTATING_ROLES],
        "versions": versions,
        "table": [
            {"document": link.document, "annotators": by_document.get(link.document_id, [])} for link in documents
        ],
        "table_cut": len(documents) == ASSIGNMENT_ROWS,
        "load": [{**row, "finished": finished_count.get(row["user__username"], 0)} for row in load],
        "unassigned": ProjectDocument.objects.filter(project=project)
        .exclude(
            document_id__in=Assignment.objects.filter(project=project, role=AssignmentRole.ANNOTATOR).values(
                "document_id"
            )
        )
        .count(),
    }
