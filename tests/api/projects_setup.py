"""Two projects, A and B, each with its own manager, reviewer, annotator and work: the cast of the
projects API tests and of the permission matrix."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import User

from annotations.models import Annotation, DatasetRelease, Document, Incident, Label
from annotations.projects.models import Assignment, Project
from annotations.projects.services import (
    assignment_add,
    document_finish,
    project_create,
    project_member_set,
)
from annotations.services.documents import document_create
from annotations.services.incidents import incident_create, incident_link
from annotations.services.reviewing import annotation_submit
from tests.api.conftest import label_sentences


@dataclass
class Side:
    """One project and everything in it."""

    project: Project
    manager: User
    reviewer: User
    annotator: User
    document: Document
    annotations: list[Annotation] = field(default_factory=list)
    incident: Incident | None = None
    assignment: Assignment | None = None
    release: DatasetRelease | None = None

    @property
    def annotation(self) -> Annotation:
        return self.annotations[0]


def make_user(name: str, **flags) -> User:
    return User.objects.create_user(username=name, password=f"{name}-password", **flags)


def make_side(letter: str) -> Side:
    """Project ``letter`` with a manager, a reviewer and an annotator, one document, a submitted
    casualty claim linked to an incident, an assignment and a finish."""
    manager = make_user(f"manager_{letter}", is_staff=False)
    project = project_create(name=f"Project {letter}", by=None)
    project_member_set(project=project, user=manager, role="manager", by=None)
    reviewer, annotator = make_user(f"reviewer_{letter}"), make_user(f"annotator_{letter}")
    project_member_set(project=project, user=reviewer, role="reviewer", by=manager)
    project_member_set(project=project, user=annotator, role="annotator", by=manager)
    document, _ = document_create(
        text=f"Airstrikes hit the market in Town{letter} on Monday. Four civilians were killed in Town{letter}.",
        title=f"Strike in Town{letter}",
        project=project,
    )
    annotations = label_sentences(annotator=annotator, document=document, label=Label.objects.get(key="casualty_claim"))
    incident = incident_create(by=annotator, title=f"Market strike in Town{letter}", place_name=f"Town{letter}")
    incident_link(incident=incident, annotation=annotations[0], by=annotator)
    annotation_submit(annotation=annotations[0], by=annotator)
    assignment = assignment_add(project=project, document=document, user=annotator, by=manager)
    document_finish(project=project, document=document, annotator=annotator)
    side = Side(project, manager, reviewer, annotator, document, annotations, incident, assignment)
    return side


def make_sides() -> tuple[Side, Side]:
    """Projects A and B, each with a release (its file never written) and an import job as well."""
    from annotations.import_jobs import ImportJob

    a, b = make_side("A"), make_side("B")
    for side in (a, b):
        side.release = DatasetRelease.objects.create(
            name=f"release {side.project.name}",
            shape="annotations",
            format="jsonl",
            row_count=0,
            byte_count=0,
            sha256="0" * 64,
            file_path="missing.jsonl",
            created_by=side.manager,
            project=side.project,
        )
        side.import_job = ImportJob.objects.create(
            file_name=f"Town{side.project.name[-1]}.jsonl", total=1, created_by=side.manager, project=side.project
        )
    return a, b


def ids_for(route: str, side: Side) -> dict[str, int] | None:
    """The ids of ``side``'s objects for the placeholders of an API ``route`` (None: unknown route)."""
    sentence = side.document.sentences.order_by("index").first()
    first = route.split("/", 1)[0]
    table = {
        "projects": {
            "pk": side.project.pk,
            "user_id": side.annotator.pk,
            "document_id": side.document.pk,
            "assignment_id": side.assignment.pk,
            "key": "rhetoric",
        },
        "documents": {"pk": side.document.pk},
        "sentences": {"pk": sentence.pk},
        "annotations": {"pk": side.annotation.pk},
        "incidents": {"pk": side.incident.pk, "annotation_id": side.annotation.pk},
        "import-jobs": {"pk": side.import_job.pk},
        "releases": {"pk": side.release.pk},
    }
    return table.get(first)
