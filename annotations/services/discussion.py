"""Discussion threads on annotations: posting a message, marking a thread read, and the threads a
person has unread replies in.

Who may take part: the annotation's annotator, whoever may review in its project (reviewers and
managers of the project), and staff. Everyone else is told the annotation does not exist (the
callers look it up among ``selectors.annotations_visible_to``), or is refused here.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Exists, F, Max, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from annotations.discussion import MESSAGE_MAX_LENGTH, AnnotationMessage, DiscussionRead
from annotations.models import Annotation
from annotations.projects.access import may_review_in, reviewing_project_ids, sees_all_projects


def may_discuss(user, annotation: Annotation) -> bool:
    """The annotator, the project's reviewers and managers, and staff."""
    if not user.is_authenticated or not user.is_active:
        return False
    if sees_all_projects(user) or annotation.annotator_id == user.pk:
        return True
    return annotation.project_id is not None and may_review_in(user, annotation.project_id)


def thread_messages(annotation: Annotation) -> QuerySet[AnnotationMessage]:
    return AnnotationMessage.objects.filter(annotation=annotation).select_related("author").order_by("id")


@transaction.atomic
def message_post(*, annotation: Annotation, author, text: str) -> AnnotationMessage:
    """Add a message to the annotation's thread; the author has read their own thread up to it."""
    if not may_discuss(author, annotation):
        raise PermissionDenied("Only the annotator and the project's reviewers can discuss this annotation.")
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "Write something before sending."})
    if len(text) > MESSAGE_MAX_LENGTH:
        raise ValidationError(
            {"text": f"A message holds at most {MESSAGE_MAX_LENGTH} characters; this one has {len(text)}."}
        )
    message = AnnotationMessage.objects.create(annotation=annotation, author=author, text=text)
    _read_up_to(user=author, annotation=annotation, message_id=message.pk)
    return message


def _read_up_to(*, user, annotation: Annotation, message_id: int) -> DiscussionRead:
    marker, created = DiscussionRead.objects.get_or_create(
        user=user, annotation=annotation, defaults={"last_message_id": message_id}
    )
    if not created and marker.last_message_id < message_id:
        marker.last_message_id = message_id
        marker.save(update_fields=["last_message_id", "read_at"])
    return marker


@transaction.atomic
def thread_mark_read(*, annotation: Annotation, user) -> int:
    """``user`` has read the whole thread as it is now. Returns the id of its last message (0 if empty)."""
    if not may_discuss(user, annotation):
        raise PermissionDenied("Only the annotator and the project's reviewers can discuss this annotation.")
    last = AnnotationMessage.objects.filter(annotation=annotation).aggregate(last=Max("id"))["last"] or 0
    _read_up_to(user=user, annotation=annotation, message_id=last)
    return last


@dataclass(frozen=True)
class UnreadThread:
    annotation: Annotation
    unread: int
    last_message: AnnotationMessage


def unread_threads_for(user, *, limit: int = 20) -> list[UnreadThread]:
    """Threads with messages by others that ``user`` has not read, in which ``user`` takes part (as the
    annotator, or as a reviewer of the project who wrote in it or decided the annotation), newest first.

    A reviewer is not told about every thread of every project they review: only the ones they are in.
    Three queries whatever the number of threads."""
    if not user.is_authenticated:
        return []
    read_up_to = DiscussionRead.objects.filter(user_id=user.pk, annotation_id=OuterRef("pk")).values("last_message_id")[
        :1
    ]
    took_part = AnnotationMessage.objects.filter(annotation_id=OuterRef("pk"), author_id=user.pk)
    mine = Q(annotator_id=user.pk)
    reviewer_in_it = Exists(took_part) | Q(reviewed_by_id=user.pk)
    if sees_all_projects(user):
        involved = mine | reviewer_in_it
    else:
        involved = mine | (Q(project_id__in=reviewing_project_ids(user)) & reviewer_in_it)
    annotations = (
        # Only annotations with a thread: few, whatever the size of the annotation table.
        Annotation.objects.filter(pk__in=AnnotationMessage.objects.values("annotation_id"))
        .filter(involved)
        .annotate(read_up_to=Coalesce(Subquery(read_up_to), 0))
        .annotate(
            unread=Count(
                "messages",
                filter=Q(messages__id__gt=F("read_up_to")) & ~Q(messages__author_id=user.pk),
            ),
            last_message_id=Max("messages__id"),
        )
        .filter(unread__gt=0)
        .select_related("label", "annotator", "sentence__document")
        .order_by("-last_message_id")[:limit]
    )
    rows = list(annotations)
    last = AnnotationMessage.objects.select_related("author").in_bulk([row.last_message_id for row in rows])
    return [UnreadThread(annotation=row, unread=row.unread, last_message=last[row.last_message_id]) for row in rows]
