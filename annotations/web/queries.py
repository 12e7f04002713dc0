"""Read queries the pages render from: progress figures and the lists the filters offer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from annotations.discussion import AnnotationMessage, DiscussionRead
from annotations.models import Actor, Annotation, AnnotationStatus, Document, Grade, Incident, Label, Sentence
from annotations.projects.access import (
    annotations_in_reach,
    documents_in_reach,
    project_owned_in_reach,
    projects_visible_to,
)
from annotations.projects.models import Assignment, AssignmentRole, DocumentFinish, Project
from annotations.roles import is_reviewer
from annotations.search import text_contains


@dataclass(frozen=True)
class Progress:
    by_status: dict[str, int]
    documents_started: int
    documents_done: int
    to_submit: int
    to_fix: int
    queue_size: int | None

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def progress_for(user) -> Progress:
    """My annotations by state, documents I finished (nothing left in draft or rejected), and
    what waits for me; for reviewers, the submitted annotations by others waiting in the queue."""
    mine = Annotation.objects.filter(annotator=user)
    by_status = {status: 0 for status in AnnotationStatus.values}
    for row in mine.values("status").annotate(n=Count("id")):
        by_status[row["status"]] = row["n"]
    per_document = mine.values("sentence__document").annotate(
        open=Count("id", filter=Q(status__in=(AnnotationStatus.DRAFT, AnnotationStatus.REJECTED)))
    )
    started = done = 0
    for row in per_document:
        started += 1
        done += row["open"] == 0
    queue_size = None
    if is_reviewer(user):
        waiting = Annotation.objects.filter(status=AnnotationStatus.SUBMITTED).exclude(annotator=user)
        queue_size = annotations_in_reach(waiting, user).count()
    return Progress(
        by_status=by_status,
        documents_started=started,
        documents_done=done,
        to_submit=by_status[AnnotationStatus.DRAFT],
        to_fix=by_status[AnnotationStatus.REJECTED],
        queue_size=queue_size,
    )


@dataclass(frozen=True)
class DocumentFilters:
    q: str = ""
    publisher: int | None = None
    published_after: dt.date | None = None
    published_before: dt.date | None = None
    mine: str = ""  # only documents where the user has annotations in this state (e.g. "rejected")
    project: int | None = None  # only the documents of this project (one the user can see)


def documents_with_progress(user, filters: DocumentFilters) -> QuerySet[Document]:
    """Documents matching the filters, each with its sentence count and the user's own progress."""
    own = Q(sentences__annotations__annotator=user)
    content = ~Q(sentences__is_boilerplate=True)  # credits, signatures and share rows are no work to do
    queryset = Document.objects.select_related("publisher").annotate(
        sentence_count=Count("sentences", filter=content, distinct=True),
        labelled=Count("sentences", filter=own & content, distinct=True),
        **{
            f"n_{status}": Count(
                "sentences__annotations", filter=own & Q(sentences__annotations__status=status), distinct=True
            )
            for status in AnnotationStatus.values
        },
    )
    queryset = documents_in_reach(queryset, user)
    if filters.project:
        queryset = queryset.filter(project_links__project_id=filters.project)
    if filters.q:
        queryset = queryset.filter(text_contains(filters.q, "title", "text"))
    if filters.publisher:
        queryset = queryset.filter(publisher_id=filters.publisher)
    if filters.mine:
        queryset = queryset.filter(
            id__in=Annotation.objects.filter(annotator=user, status=filters.mine).values("sentence__document_id")
        )
    if filters.published_after:
        queryset = queryset.filter(published_on__gte=filters.published_after)
    if filters.published_before:
        queryset = queryset.filter(published_on__lte=filters.published_before)
    return queryset.order_by("-published_on", "id")


def assigned_unfinished(user, *, project: int | None = None) -> QuerySet[Assignment]:
    """The documents given to ``user`` to annotate that they have not finished, by project and
    document id (the order the "next assigned document" key follows), each with its project and
    document (one query)."""
    finished = DocumentFinish.objects.filter(
        project_id=OuterRef("project_id"), document_id=OuterRef("document_id"), annotator_id=user.pk
    )
    assignments = (
        Assignment.objects.filter(user_id=user.pk, role=AssignmentRole.ANNOTATOR, project__in=projects_visible_to(user))
        .exclude(Exists(finished))
        .select_related("project", "document__publisher")
        .order_by("project__name", "project_id", "document_id")
    )
    return assignments.filter(project_id=project) if project else assignments


def my_threads_on(user, document) -> dict[int, dict]:
    """For the annotation page: my annotations on ``document`` that have a discussion, with the number
    of messages and of replies I have not read (two queries)."""
    read = dict(
        DiscussionRead.objects.filter(user_id=user.pk, annotation__sentence__document=document).values_list(
            "annotation_id", "last_message_id"
        )
    )
    threads: dict[int, dict] = {}
    messages = AnnotationMessage.objects.filter(
        annotation__annotator_id=user.pk, annotation__sentence__document=document
    )
    for annotation_id, message_id, author_id in messages.values_list("annotation_id", "id", "author_id"):
        thread = threads.setdefault(annotation_id, {"count": 0, "unread": 0})
        thread["count"] += 1
        thread["unread"] += author_id != user.pk and message_id > read.get(annotation_id, 0)
    return threads


def projects_for_picker(user) -> QuerySet[Project]:
    return projects_visible_to(user).only("id", "name").order_by("name")


def publishers() -> QuerySet[Actor]:
    return Actor.objects.filter(published_documents__isnull=False).distinct().order_by("name")


def active_labels() -> QuerySet[Label]:
    return Label.objects.filter(is_active=True).order_by("order", "key")


def document_segments(document: Document) -> list[dict]:
    """The document's text cut into sentences and the text between them, in order, so that the
    page shows every stored character exactly once."""
    segments, position = [], 0
    for sentence in Sentence.objects.filter(document=document).order_by("index"):
        if sentence.start > position:
            segments.append({"gap": document.text[position : sentence.start]})
        segments.append({"sentence": sentence, "text": document.text[sentence.start : sentence.end]})
        position = sentence.end
    if position < len(document.text):
        segments.append({"gap": document.text[position:]})
    return segments


def actors_for_pickers() -> list[dict]:
    return [
        {"id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": actor.aliases}
        for actor in Actor.objects.order_by("name")
    ]


def ungraded_incidents(user, limit: int = 10) -> list[Incident]:
    """Incidents still unassessed in the projects ``user`` reviews, newest first, named by their titles on
    the reviewer's home page."""
    incidents = Incident.objects.filter(merged_into__isnull=True, grade=Grade.UNASSESSED)
    return list(
        project_owned_in_reach(incidents, user, reviewing=True)
        .only("id", "title", "place_name", "occurred_on")
        .order_by("-occurred_on", "-id")[:limit]
    )
