"""The review state machine: submit, approve, reject, reopen.

One table says which transitions exist; ``_transition`` is the only function that changes an
annotation's status. It locks the row, checks the table and who may act, and appends an event.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from annotations.errors import IllegalTransition
from annotations.models import Annotation, AnnotationStatus, Document, Event, EventKind, RejectReason
from annotations.roles import is_reviewer
from annotations.services.events import event_record

DRAFT, SUBMITTED, APPROVED, REJECTED = (
    AnnotationStatus.DRAFT,
    AnnotationStatus.SUBMITTED,
    AnnotationStatus.APPROVED,
    AnnotationStatus.REJECTED,
)

# action -> (states it may start from, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "submit": (frozenset({DRAFT, REJECTED}), SUBMITTED),
    "approve": (frozenset({SUBMITTED}), APPROVED),
    "reject": (frozenset({SUBMITTED}), REJECTED),
    "reopen": (frozenset({APPROVED}), DRAFT),
}
REVIEW_ACTIONS = frozenset({"approve", "reject", "reopen"})
PAST_TENSE = {"submit": "submitted", "approve": "approved", "reject": "rejected", "reopen": "reopened"}


def check_transition(*, annotation: Annotation, action: str) -> str:
    """The state ``action`` leads to from the annotation's current state, or IllegalTransition."""
    sources, target = TRANSITIONS[action]
    if annotation.status not in sources:
        raise IllegalTransition(
            f"Cannot {action} annotation {annotation.pk}: it is {annotation.status} "
            f"(only {' or '.join(sorted(sources))} annotations can be {PAST_TENSE[action]}).",
            current={"id": annotation.pk, "status": annotation.status, "version": annotation.version},
        )
    return target


def check_reviewer(*, annotation: Annotation, reviewer) -> None:
    if not is_reviewer(reviewer):
        raise PermissionDenied("Only reviewers can approve, reject or reopen annotations.")
    if annotation.annotator_id == reviewer.pk:
        raise PermissionDenied("Nobody reviews their own annotation: another reviewer must decide on it.")


def _edited_since_rejection(annotation: Annotation) -> bool:
    last_reject = (
        Event.objects.filter(annotation=annotation, kind=EventKind.TRANSITION, to_status=REJECTED)
        .order_by("-id")
        .values_list("id", flat=True)
        .first()
    )
    return Event.objects.filter(annotation=annotation, kind=EventKind.EDITED, id__gt=last_reject or 0).exists()


def _transition(*, annotation: Annotation, action: str, by, reason: str = "", comment: str = "") -> Annotation:
    annotation = Annotation.objects.select_for_update().get(pk=annotation.pk)
    target = check_transition(annotation=annotation, action=action)
    if action in REVIEW_ACTIONS:
        check_reviewer(annotation=annotation, reviewer=by)
    elif annotation.annotator_id != by.pk:
        raise PermissionDenied("Only the annotator submits their own annotation.")
    if action == "submit" and annotation.status == REJECTED and not _edited_since_rejection(annotation):
        raise IllegalTransition(
            f"Annotation {annotation.pk} was rejected ({annotation.review_reason or 'no reason'}); "
            "edit it before submitting it again.",
            current={"id": annotation.pk, "status": annotation.status, "version": annotation.version},
        )
    source = annotation.status
    now = timezone.now()
    annotation.status = target
    annotation.claimed_by, annotation.claimed_until = None, None
    if action == "submit":
        annotation.submitted_at = now
    elif action in ("approve", "reject"):
        annotation.reviewed_by, annotation.reviewed_at = by, now
        annotation.review_reason, annotation.review_comment = reason, comment
    annotation.version += 1
    annotation.save()
    event_record(
        kind=EventKind.TRANSITION,
        actor=by,
        annotation=annotation,
        from_status=source,
        to_status=target,
        reason=reason,
        comment=comment,
    )
    return annotation


@transaction.atomic
def annotation_submit(*, annotation: Annotation, by) -> Annotation:
    return _transition(annotation=annotation, action="submit", by=by)


@transaction.atomic
def annotations_submit_document(*, document: Document, by) -> list[Annotation]:
    """Submit all of the caller's drafts (and edited rejections) on one document."""
    candidates = Annotation.objects.filter(
        annotator=by, sentence__document=document, status__in=(DRAFT, REJECTED)
    ).order_by("id")
    submitted = []
    for annotation in candidates:
        if annotation.status == REJECTED and not _edited_since_rejection(annotation):
            continue  # left for its annotator to fix first
        submitted.append(_transition(annotation=annotation, action="submit", by=by))
    return submitted


@transaction.atomic
def annotation_approve(*, annotation: Annotation, reviewer, comment: str = "") -> Annotation:
    return _transition(annotation=annotation, action="approve", by=reviewer, comment=comment)


def check_reject_reason(*, reason: str, comment: str) -> None:
    if reason not in RejectReason.values:
        raise ValidationError({"reason": f"Give a reason code: one of {', '.join(RejectReason.values)}."})
    if reason == RejectReason.OTHER and not comment.strip():
        raise ValidationError({"comment": "A rejection for 'other' reasons needs a comment saying what is wrong."})


@transaction.atomic
def annotation_reject(*, annotation: Annotation, reviewer, reason: str, comment: str = "") -> Annotation:
    check_reject_reason(reason=reason, comment=comment)
    return _transition(annotation=annotation, action="reject", by=reviewer, reason=reason, comment=comment)


@transaction.atomic
def annotation_reopen(*, annotation: Annotation, reviewer, comment: str = "") -> Annotation:
    """Unfreeze an approved annotation so that it can be edited again (back to draft)."""
    return _transition(annotation=annotation, action="reopen", by=reviewer, comment=comment)
