"""Read queries the pages render from: progress figures and the lists the filters offer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from annotations.models import Actor, Annotation, AnnotationStatus, Document, Grade, Incident, Label, Sentence
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
        queue_size = Annotation.objects.filter(status=AnnotationStatus.SUBMITTED).exclude(annotator=user).count()
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


def documents_with_progress(user, filters: DocumentFilters) -> QuerySet[Document]:
    """Documents matching the filters, each with its sentence count and the user's own progress."""
    own = Q(sentences__annotations__annotator=user)
    queryset = Document.objects.select_related("publisher").annotate(
        sentence_count=Count("sentences", distinct=True),
        labelled=Count("sentences", filter=own, distinct=True),
        **{
            f"n_{status}": Count(
                "sentences__annotations", filter=own & Q(sentences__annotations__status=status), distinct=True
            )
            for status in AnnotationStatus.values
        },
    )
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


def ungraded_incidents(limit: int = 10) -> list[Incident]:
    """Incidents still unassessed, newest first, named by their titles on the reviewer's home page."""
    return list(
        Incident.objects.filter(merged_into__isnull=True, grade=Grade.UNASSESSED)
        .only("id", "title", "place_name", "occurred_on")
        .order_by("-occurred_on", "-id")[:limit]
    )
