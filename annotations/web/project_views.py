"""The pages of projects: my projects with my role, and a project's page where its managers add
members, edit the guidelines (each edit a new version), add documents, assign them with overlap and
retrain the project's label-suggestion model (in the background: the page polls its status).

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

from annotations.errors import Conflict, error_words
from annotations.models import Document, Label
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
    label_colour_free,
    project_create,
    project_documents_add,
    project_label_add,
    project_label_remove,
    project_member_remove,
    project_member_set,
)
from annotations.services.suggesting import (
    MIN_EXAMPLES,
    suggestion_model_train_start,
    training_size,
    training_status,
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
            messages.error(request, error_words(error))
        else:
            messages.success(request, f"Project {project.name} created; you are its manager.")
            return redirect("project-detail", project_id=project.id)
    projects = projects_visible_to(request.user).annotate(
        member_count=Count("memberships", distinct=True), document_count=Count("project_documents", distinct=True)
    )
    rows = [{"project": project, "role": role_in(request.user, project)} for project in projects.order_by("name")]
    context = {"rows": rows, "may_create": may_create_projects(request.user)}
    return render(request, "annotations/project_list.html", context)


def _ids(text: str) -> list[int]:
    words = [word for word in re.split(r"[\s,;]+", text or "") if word]
    bad = [word for word in words if not (word.isascii() and word.isdigit() and len(word) <= 18)]
    if bad:
        raise ValidationError({"documents": f"Not a document id: {', '.join(bad[:5])}."})
    return [int(word) for word in words]


def _act(request: HttpRequest, project: Project) -> str:
    """Do what the posted form asks; returns the message to show."""
    action = request.POST.get("action")
    if action == "train":
        suggestion_model_train_start(project=project, by=request.user)
        return "Training started in the background; the new version shows here when it is done."
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
    if action == "label_add":
        name = request.POST.get("name", "").strip()
        label = project_label_add(
            project=project,
            by=request.user,
            key=request.POST.get("key", "").strip(),
            name=name,
            # The colour picker always sends a colour; it only means something for a new label.
            colour=request.POST.get("colour", "").strip() if name else "",
            guideline=request.POST.get("guideline", "").strip(),
            shortcut=request.POST.get("shortcut", "").strip(),
        )
        return f"Annotators of {project.name} can now use the label {label.name}."
    if action == "label_remove":
        label = project.labels.filter(key=request.POST.get("key", "")).first()
        if label is None:
            raise ValidationError({"key": "No such label in the project."})
        project_label_remove(project=project, label=label, by=request.user)
        return f"The label {label.name} is no longer used in {project.name}."
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
            # Shown again with what was typed, so a refused form loses nothing.
            messages.error(request, error_words(error))
            return render(
                request,
                "annotations/project_detail.html",
                _detail_context(request, project, manager) | {"posted": request.POST},
                status=400,
            )
        return redirect(reverse("project-detail", args=[project.id]) + "#" + request.POST.get("action", ""))
    context = _detail_context(request, project, manager)
    return render(request, "annotations/project_detail.html", context)


def _detail_context(request: HttpRequest, project: Project, manager: bool) -> dict:
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
    return context


def _utc_text(stamp: str) -> str:
    """ "2026-12-02T17:06:19+00:00" as "2026-12-02 17:06:19 UTC" (the model files store UTC)."""
    return stamp.replace("T", " ").replace("+00:00", " UTC")


def _suggestion_model(project: Project) -> dict:
    """The project's label model for the "Retrain suggestions" card: the one in use with its scores,
    a training running or the reason the last one failed, and whether there is enough to learn from."""
    status = training_status(project)
    current = status["current"]
    names = dict(Label.objects.values_list("key", "name"))
    scores = (current or {}).get("scores") or {}
    size = training_size(project)
    if current:
        current["trained_at_text"] = _utc_text(current.get("trained_at") or "")
    return {
        "model": status,
        "model_scores": [{"label": names.get(key, key), "f1": f1} for key, f1 in (scores.get("f1") or {}).items()],
        "model_data": {"project": project.pk, "training": status["training"] is not None, "labels": names},
        "training_size": size,
        "min_examples": MIN_EXAMPLES,
        "may_train": size >= MIN_EXAMPLES,
    }


def _management(project: Project) -> dict:
    labels = list(project.labels.order_by("order", "key"))
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
    return _suggestion_model(project) | {
        "memberships": memberships,
        "roles": ProjectRole.choices,
        "annotating": [m for m in memberships if m.role in ANNOTATING_ROLES],
        "versions": versions,
        "labels": labels,
        "free_colour": label_colour_free(),
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
