"""Changing projects: creating them, members, guidelines, documents, assignments, finished documents.

Keyword-only functions, each atomic, raising ``ValidationError`` (400), ``PermissionDenied`` (403) or
``Conflict`` (409) with messages the tests assert on. Who may call them (managers) is checked by the
callers' permission layer and again here where the rule is about the data.
"""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_slug
from django.db import IntegrityError, transaction
from django.db.models import Max

from annotations.errors import Conflict
from annotations.models import Annotation, AnnotationStatus, Document, Label
from annotations.projects.access import forget_project_roles, role_in, sees_all_projects
from annotations.projects.assignment import overlap_plan
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
from annotations.services.events import event_record_change, record_snapshot
from annotations.services.rows import projects_holding_document

DEFAULT_PROJECT_NAME = "Default project"
# Roles that may annotate in a project (a reviewer may label too; the queue never gives them their own).
ANNOTATING_ROLES = (ProjectRole.ANNOTATOR, ProjectRole.REVIEWER, ProjectRole.MANAGER)


def default_project() -> Project:
    """The project imports without a named project go to (made on first use on a fresh database)."""
    project = Project.objects.filter(is_default=True).first()
    if project is None:
        project = project_create(name=DEFAULT_PROJECT_NAME, by=None, is_default=True)
    return project


def _guidelines_from_labels(labels) -> str:
    sections = [f"## {label.name}\n\n{label.guideline.strip()}" for label in labels if label.guideline.strip()]
    return "\n\n".join(sections) or "No guidelines written yet."


@transaction.atomic
def project_create(*, name: str, by, description: str = "", is_default: bool = False) -> Project:
    """A new project with the active labels, guidelines v1 drawn from the labels' guideline texts,
    and its creator as manager."""
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "Give the project a name."})
    if Project.objects.filter(name__iexact=name).exists():
        raise ValidationError({"name": f"A project named {name!r} exists already."})
    project = Project.objects.create(name=name, description=description, is_default=is_default, created_by=by)
    labels = list(Label.objects.filter(is_active=True).order_by("order", "key"))
    project.labels.set(labels)
    GuidelineVersion.objects.create(project=project, number=1, text=_guidelines_from_labels(labels), created_by=by)
    if by is not None:
        ProjectMembership.objects.create(project=project, user=by, role=ProjectRole.MANAGER, added_by=by)
        forget_project_roles(by)
    event_record_change(by=by, record=project, before=None, after=record_snapshot(project))
    return project


@transaction.atomic
def project_update(*, project: Project, by, name: str | None = None, description: str | None = None) -> Project:
    before = record_snapshot(project)
    if name is not None:
        name = name.strip()
        if not name:
            raise ValidationError({"name": "Give the project a name."})
        if Project.objects.filter(name__iexact=name).exclude(pk=project.pk).exists():
            raise ValidationError({"name": f"A project named {name!r} exists already."})
        project.name = name
    if description is not None:
        project.description = description
    project.save()
    event_record_change(by=by, record=project, before=before, after=record_snapshot(project))
    return project


# Colours handed to labels a manager adds without choosing one: distinct from the four seeded ones.
NEW_LABEL_COLOURS = ("#8e44ad", "#16a085", "#d35400", "#2c3e50", "#c0392b", "#7f8c8d", "#27ae60", "#2980b9")


# Keys the annotation page keeps for itself: accept the hints, next assigned document, guidelines.
PAGE_KEYS = frozenset("ang")


def label_colour_free() -> str:
    """A colour no label has yet (from a fixed palette; the first when all are taken)."""
    used = {colour.lower() for colour in Label.objects.values_list("colour", flat=True)}
    return next((c for c in NEW_LABEL_COLOURS if c not in used), NEW_LABEL_COLOURS[0])


def project_label_keys(project: Project | int) -> set[str]:
    """The keys of the labels annotators may use in ``project`` (one query)."""
    pk = project.pk if isinstance(project, Project) else project
    return set(Label.objects.filter(projects=pk).values_list("key", flat=True))


def check_label_in_project(
    *, label: Label, project: Project, field: str = "label", keys: set[str] | None = None
) -> None:
    """Refuse a label outside the project's label set (400 naming the project's labels). ``keys``: the
    set already read (``project_label_keys``), so that checking many labels reads it once."""
    keys = project_label_keys(project) if keys is None else keys
    if label.key not in keys:
        raise ValidationError(
            {field: f"The label {label.key!r} is not used in {project.name}; its labels are {', '.join(sorted(keys))}."}
        )


@transaction.atomic
def project_label_add(
    *,
    project: Project,
    by,
    key: str,
    name: str = "",
    colour: str = "",
    guideline: str = "",
    shortcut: str = "",
) -> Label:
    """Add a label to the project's set: an existing one by its key, or a new one (key, name, and
    optionally colour, guideline text and a one-character shortcut). The project's annotators can
    use it at once; the other projects do not see it unless it is added to them too."""
    key = (key or "").strip()
    existing = Label.objects.filter(key=key).first()
    if existing is not None:
        if name or colour or guideline or shortcut:
            raise ValidationError(
                {"key": f"A label {key!r} exists already: add it by its key alone, or choose another key."}
            )
        if not existing.is_active:
            raise ValidationError({"key": f"The label {key!r} is retired and takes no new annotations."})
        if project.labels.filter(pk=existing.pk).exists():
            raise ValidationError({"key": f"{project.name} uses the label {key!r} already."})
        label = existing
    else:
        label = _label_new(project=project, key=key, name=name, colour=colour, guideline=guideline, shortcut=shortcut)
        event_record_change(by=by, record=label, before=None, after=record_snapshot(label))
    before = sorted(project_label_keys(project))
    project.labels.add(label)
    event_record_change(by=by, record=project, before={"labels": before}, after={"labels": sorted([*before, key])})
    return label


def _label_new(*, project: Project, key: str, name: str, colour: str, guideline: str, shortcut: str) -> Label:
    try:
        validate_slug(key)
    except ValidationError:
        raise ValidationError(
            {"key": "A label key is letters, digits, hyphens and underscores, e.g. 'denial'."}
        ) from None
    if not name.strip():
        raise ValidationError({"name": "Give the new label a name."})
    if shortcut and (not shortcut.isprintable() or shortcut.isspace()):
        raise ValidationError({"shortcut": "A shortcut is one visible character, such as 5 or d."})
    if shortcut and shortcut.lower() in PAGE_KEYS:
        raise ValidationError(
            {"shortcut": f"The key {shortcut!r} is taken by the annotation page ({', '.join(sorted(PAGE_KEYS))})."}
        )
    if shortcut and Label.objects.filter(shortcut=shortcut).exists():
        raise ValidationError({"shortcut": f"The key {shortcut!r} is another label's shortcut already."})
    if colour and not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        raise ValidationError({"colour": "A colour is written #rrggbb, e.g. #8e44ad."})
    colour = colour or label_colour_free()
    order = (Label.objects.aggregate(Max("order"))["order__max"] or 0) + 1
    return Label.objects.create(
        key=key,
        name=name.strip(),
        colour=colour.lower(),
        guideline=guideline.strip(),
        shortcut=shortcut or None,
        order=order,
    )


@transaction.atomic
def project_label_remove(*, project: Project, label: Label, by) -> None:
    """Take a label out of the project's set, while no annotation of the project carries it (409 then)."""
    used = Annotation.objects.filter(project=project, label=label).count()
    if used:
        raise Conflict(
            f"{used} annotation(s) of {project.name} carry the label {label.key!r}; "
            "it stays in the project while they exist."
        )
    if project.labels.count() <= 1:
        raise Conflict(f"{label.key!r} is the last label of {project.name}; a project needs at least one.")
    before = sorted(project_label_keys(project))
    project.labels.remove(label)
    event_record_change(
        by=by, record=project, before={"labels": before}, after={"labels": [k for k in before if k != label.key]}
    )


# --- members -----------------------------------------------------------------------------------------


@transaction.atomic
def project_member_set(*, project: Project, user, role: str, by) -> ProjectMembership:
    """Add ``user`` to the project with ``role``, or change the role they have."""
    if role not in ProjectRole.values:
        raise ValidationError({"role": f"Choose one of {', '.join(ProjectRole.values)}."})
    if not user.is_active:
        raise ValidationError({"user": f"{user.username} is deactivated."})
    membership, created = ProjectMembership.objects.get_or_create(
        project=project, user=user, defaults={"role": role, "added_by": by}
    )
    if not created and membership.role != role:
        before = record_snapshot(membership)
        membership.role = role
        membership.save(update_fields=["role"])
        event_record_change(by=by, record=membership, before=before, after=record_snapshot(membership))
    elif created:
        event_record_change(by=by, record=membership, before=None, after=record_snapshot(membership))
    forget_project_roles(user)
    return membership


@transaction.atomic
def project_member_remove(*, project: Project, user, by) -> None:
    """Take ``user`` out of the project; their annotations stay (the project's record), their
    unfinished assignments go."""
    membership = ProjectMembership.objects.filter(project=project, user=user).first()
    if membership is None:
        raise ValidationError({"user": f"{user.username} is not a member of {project.name}."})
    if (
        membership.role == ProjectRole.MANAGER
        and not project.memberships.filter(role=ProjectRole.MANAGER).exclude(pk=membership.pk).exists()
    ):
        raise Conflict(f"{user.username} is the last manager of {project.name}; make someone else manager first.")
    finished = DocumentFinish.objects.filter(project=project, annotator=user).values("document_id")
    Assignment.objects.filter(project=project, user=user).exclude(document_id__in=finished).delete()
    event_record_change(by=by, record=membership, before=record_snapshot(membership), after=None)
    membership.delete()
    forget_project_roles(user)


# --- guidelines ----------------------------------------------------------------------------------------


def current_guidelines(project: Project | int) -> GuidelineVersion | None:
    pk = project.pk if isinstance(project, Project) else project
    return GuidelineVersion.objects.filter(project_id=pk).order_by("-number").first()


@transaction.atomic
def guidelines_add(*, project: Project, text: str, by) -> GuidelineVersion:
    """A new version of the guidelines; the earlier ones stay, and annotations keep theirs."""
    if not (text or "").strip():
        raise ValidationError({"text": "The guidelines cannot be empty."})
    Project.objects.select_for_update().filter(pk=project.pk).get()
    latest = GuidelineVersion.objects.filter(project=project).aggregate(n=Max("number"))["n"] or 0
    if latest and GuidelineVersion.objects.get(project=project, number=latest).text == text:
        raise ValidationError({"text": f"This is the text of version {latest} already."})
    version = GuidelineVersion.objects.create(project=project, number=latest + 1, text=text, created_by=by)
    event_record_change(by=by, record=version, before=None, after={"project": project.pk, "number": version.number})
    return version


# --- documents -----------------------------------------------------------------------------------------


@transaction.atomic
def project_documents_add(*, project: Project, documents: list[int], by) -> int:
    """Put existing documents into the project (their text is not copied). Returns how many were new."""
    wanted = sorted(set(documents))
    if not wanted:
        raise ValidationError({"documents": "Give at least one document id."})
    found = set(Document.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    missing = [pk for pk in wanted if pk not in found]
    if missing:
        raise ValidationError({"documents": f"No document with id {', '.join(map(str, missing[:20]))}."})
    already = set(
        ProjectDocument.objects.filter(project=project, document_id__in=wanted).values_list("document_id", flat=True)
    )
    new = [ProjectDocument(project=project, document_id=pk, added_by=by) for pk in wanted if pk not in already]
    ProjectDocument.objects.bulk_create(new, batch_size=2000)
    if new:
        event_record_change(by=by, record=project, before={"documents": []}, after={"documents_added": len(new)})
    return len(new)


def document_in_project(document: Document | int, project: Project | int) -> bool:
    document_id = document.pk if isinstance(document, Document) else document
    project_id = project.pk if isinstance(project, Project) else project
    return ProjectDocument.objects.filter(document_id=document_id, project_id=project_id).exists()


def projects_for_work(*, user, document: Document | int) -> list[Project]:
    """The projects holding ``document`` in which ``user`` may work (staff: all of them), by id, each
    carrying ``current_guidelines_id``. One query: membership is joined, not read beforehand."""
    document_id = document.pk if isinstance(document, Document) else document
    return projects_holding_document(document_id, member_id=None if sees_all_projects(user) else user.pk)


def project_for_work(
    *, user, document: Document | int, project: Project | int | None = None, candidates: list[Project] | None = None
) -> Project:
    """The project a new annotation (or incident link, or finish) on ``document`` belongs to: the one
    named, which must hold the document and the user; else the document's only project among the
    user's. ``candidates``: ``projects_for_work`` already read by the caller (else read here, one query);
    the project carries ``current_guidelines_id``."""
    document_id = document.pk if isinstance(document, Document) else document
    found = projects_for_work(user=user, document=document_id) if candidates is None else candidates
    if project is not None:
        pk = project.pk if isinstance(project, Project) else project
        named = [candidate for candidate in found if candidate.pk == pk]
        if not named:
            raise ValidationError(
                {"project": f"Document {document_id} is not in project {pk}, or you are not a member of it."}
            )
        return named[0]
    if not found:
        raise PermissionDenied(f"Document {document_id} is in none of your projects.")
    if len(found) > 1:
        raise ValidationError(
            {"project": f"Document {document_id} is in several of your projects; name one of them (project)."}
        )
    return found[0]


# --- assignments ---------------------------------------------------------------------------------------


def _check_member(project: Project, user, roles) -> None:
    role = ProjectMembership.objects.filter(project=project, user=user).values_list("role", flat=True).first()
    if role not in roles:
        raise ValidationError({"user": f"{user.username} is not a member of {project.name} who can do this."})


@transaction.atomic
def assignment_add(
    *, project: Project, document: Document, user, by, role: str = AssignmentRole.ANNOTATOR
) -> Assignment:
    if role not in AssignmentRole.values:
        raise ValidationError({"role": f"Choose one of {', '.join(AssignmentRole.values)}."})
    if not document_in_project(document, project):
        raise ValidationError({"document": f"Document {document.pk} is not in {project.name}; add it first."})
    allowed = ANNOTATING_ROLES if role == AssignmentRole.ANNOTATOR else (ProjectRole.REVIEWER, ProjectRole.MANAGER)
    _check_member(project, user, allowed)
    assignment, created = Assignment.objects.get_or_create(
        project=project, document=document, user=user, role=role, defaults={"assigned_by": by}
    )
    if created:
        event_record_change(by=by, record=assignment, before=None, after=record_snapshot(assignment))
    return assignment


@transaction.atomic
def assignments_overlap(*, project: Project, overlap: int, annotators: list[int], by) -> list[Assignment]:
    """Give every document of the project to ``overlap`` of ``annotators``, balanced and deterministic;
    assignments that exist are kept and counted. Returns the new ones."""
    User = get_user_model()
    people = sorted(set(annotators))
    if not people:
        raise ValidationError({"annotators": "Choose the annotators to share the documents between."})
    members = set(
        ProjectMembership.objects.filter(project=project, user_id__in=people, role__in=ANNOTATING_ROLES).values_list(
            "user_id", flat=True
        )
    )
    strangers = [pk for pk in people if pk not in members]
    if strangers:
        raise ValidationError(
            {"annotators": f"Not annotators of {project.name}: user {', '.join(map(str, strangers))}."}
        )
    Project.objects.select_for_update().filter(pk=project.pk).get()
    documents = list(project.project_documents.values_list("document_id", flat=True))
    existing: dict[int, set[int]] = {}
    for document_id, user_id in Assignment.objects.filter(project=project, role=AssignmentRole.ANNOTATOR).values_list(
        "document_id", "user_id"
    ):
        existing.setdefault(document_id, set()).add(user_id)
    try:
        plan = overlap_plan(documents=documents, annotators=people, overlap=overlap, existing=existing)
    except ValueError as exc:
        raise ValidationError({"overlap": str(exc)}) from None
    created = Assignment.objects.bulk_create(
        [
            Assignment(project=project, document_id=d, user_id=u, role=AssignmentRole.ANNOTATOR, assigned_by=by)
            for d, u in plan
        ],
        batch_size=2000,
    )
    if created:
        event_record_change(
            by=by,
            record=project,
            before={},
            after={
                "assigned": len(created),
                "overlap": overlap,
                "annotators": [u.pk for u in User.objects.filter(pk__in=people)],
            },
        )
    return created


@transaction.atomic
def assignment_remove(*, assignment: Assignment, by) -> None:
    if DocumentFinish.objects.filter(
        project_id=assignment.project_id, document_id=assignment.document_id, annotator_id=assignment.user_id
    ).exists():
        raise Conflict("The annotator finished this document; undo the finish first.")
    event_record_change(by=by, record=assignment, before=record_snapshot(assignment), after=None)
    assignment.delete()


# --- finishing documents ---------------------------------------------------------------------------------


@transaction.atomic
def document_finish(*, project: Project, document: Document, annotator) -> DocumentFinish:
    """The annotator has read the whole document: from now on every sentence they left blank counts as
    "no label". Their drafts on it are not submitted by this; finishing is about coverage."""
    if role_in(annotator, project) not in ANNOTATING_ROLES:
        raise PermissionDenied("Only members of the project can finish its documents.")
    if not document_in_project(document, project):
        raise ValidationError({"document": f"Document {document.pk} is not in {project.name}."})
    try:
        with transaction.atomic():
            finish = DocumentFinish.objects.create(project=project, document=document, annotator=annotator)
    except IntegrityError:
        raise Conflict("You have finished this document already.") from None
    event_record_change(by=annotator, record=finish, before=None, after=record_snapshot(finish))
    return finish


@transaction.atomic
def document_unfinish(*, project: Project, document: Document, annotator) -> None:
    """Undo a finish, allowed while none of the annotator's annotations on the document is approved."""
    finish = (
        DocumentFinish.objects.select_for_update()
        .filter(project=project, document=document, annotator=annotator)
        .first()
    )
    if finish is None:
        raise Conflict("You have not finished this document.")
    approved = Annotation.objects.filter(
        project=project, sentence__document=document, annotator=annotator, status=AnnotationStatus.APPROVED
    ).count()
    if approved:
        raise Conflict(f"{approved} of your annotations on this document are approved already; the finish stays.")
    event_record_change(by=annotator, record=finish, before=record_snapshot(finish), after=None)
    finish.delete()
