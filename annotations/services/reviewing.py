"""The review state machine (submit, approve, reject, reopen), the review queue, bulk decisions and
adjudication.

One table says which transitions exist; ``_transition`` is the only function that changes an
annotation's status. It locks the row, checks the table and who may act, and appends an event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from annotations.errors import Conflict, IllegalTransition
from annotations.models import Annotation, AnnotationStatus, Document, Event, EventKind, RejectReason, Sentence
from annotations.projects.access import annotations_in_reach, may_review_in, reviewing_project_ids, sees_all_projects
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
    # Adjudication settles a sentence whose annotations were decided already: back to submitted,
    # then decided again, both recorded with the adjudicator.
    "reopen_to_adjudicate": (frozenset({APPROVED, REJECTED}), SUBMITTED),
}
REVIEW_ACTIONS = frozenset({"approve", "reject", "reopen", "reopen_to_adjudicate"})
PAST_TENSE = {
    "submit": "submitted",
    "approve": "approved",
    "reject": "rejected",
    "reopen": "reopened",
    "reopen_to_adjudicate": "reopened for adjudication",
}


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
    if annotation.project_id is not None and not may_review_in(reviewer, annotation.project_id):
        raise PermissionDenied("Only reviewers and managers of the annotation's project can decide on it.")
    if annotation.annotator_id == reviewer.pk:
        raise PermissionDenied("Nobody reviews their own annotation: another reviewer must decide on it.")


def check_not_held_by_other(*, annotation: Annotation, reviewer) -> None:
    """An item another reviewer claimed from the queue is theirs to decide until the hold runs out."""
    now = timezone.now()
    if _held_by_other(annotation, reviewer, now):
        holder = get_user_model().objects.filter(pk=annotation.claimed_by_id).values_list("username", flat=True)
        raise Conflict(
            f"Annotation {annotation.pk} is held by reviewer {holder.first()} until "
            f"{annotation.claimed_until:%H:%M:%S} UTC; take another item from the queue.",
            current={"id": annotation.pk, "status": annotation.status, "version": annotation.version},
        )


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
        check_not_held_by_other(annotation=annotation, reviewer=by)
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


@dataclass
class DocumentSubmission:
    """What submitting a document did: the annotations it submitted now, and the caller's annotations
    on the document that were submitted (or approved) before, so a second click can say so."""

    submitted: list[Annotation] = field(default_factory=list)
    already_submitted: list[int] = field(default_factory=list)


@transaction.atomic
def annotations_submit_document(*, document: Document, by) -> DocumentSubmission:
    """Submit all of the caller's drafts (and edited rejections) on one document."""
    mine = Annotation.objects.filter(annotator=by, sentence__document=document)
    outcome = DocumentSubmission(
        already_submitted=list(
            mine.filter(status__in=(SUBMITTED, APPROVED)).order_by("id").values_list("id", flat=True)
        )
    )
    for annotation in mine.filter(status__in=(DRAFT, REJECTED)).order_by("id"):
        if annotation.status == REJECTED and not _edited_since_rejection(annotation):
            continue  # left for its annotator to fix first
        outcome.submitted.append(_transition(annotation=annotation, action="submit", by=by))
    return outcome


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


# --- the queue ---------------------------------------------------------------------------------


def review_hold() -> dt.timedelta:
    return dt.timedelta(seconds=settings.WORKBENCH_REVIEW_HOLD_SECONDS)


def reviewable_by(queryset: QuerySet[Annotation], reviewer) -> QuerySet[Annotation]:
    """Only annotations of the projects ``reviewer`` reviews or manages (staff: every project)."""
    if sees_all_projects(reviewer):
        return queryset
    return queryset.filter(project_id__in=reviewing_project_ids(reviewer))


def review_queue(
    *, label: str | None = None, document=None, publisher=None, annotator=None, project=None, reviewer=None
) -> QuerySet[Annotation]:
    """Submitted annotations, oldest submission first, optionally narrowed (label by key, others by id);
    with ``reviewer``, only those of the projects they review, never their own."""
    queryset = Annotation.objects.filter(status=SUBMITTED)
    if reviewer is not None:
        queryset = reviewable_by(queryset, reviewer).exclude(annotator=reviewer)
    if project:
        queryset = queryset.filter(project=project)
    if label:
        queryset = queryset.filter(label__key=label)
    if document:
        queryset = queryset.filter(sentence__document=document)
    if publisher:
        queryset = queryset.filter(sentence__document__publisher=publisher)
    if annotator:
        queryset = queryset.filter(annotator=annotator)
    return queryset.order_by("submitted_at", "id")


def _held_by_other(annotation: Annotation, reviewer, now: dt.datetime) -> bool:
    return bool(
        annotation.claimed_by_id
        and annotation.claimed_by_id != reviewer.pk
        and annotation.claimed_until
        and annotation.claimed_until > now
    )


@transaction.atomic
def review_queue_claim(
    *, reviewer, skip: Annotation | None = None, seen: list[int] | None = None, **filters
) -> Annotation | None:
    """Hand the reviewer the next submitted item and hold it for them (``WORKBENCH_REVIEW_HOLD_SECONDS``).

    A reviewer who still holds an item gets that one again (a reload or a retried request loses
    nothing); ``skip`` gives up the hold on an item to move past it. ``seen`` lists the items already
    shown in this pass: none of them is handed out again, so skipping walks the whole queue once and
    then finds nothing (None) instead of cycling between two items. Items the reviewer annotated
    are never handed to them. Two reviewers never hold the same item: on PostgreSQL the candidate
    row is locked with SKIP LOCKED so concurrent claims pass each other by; on SQLite the write
    transaction (BEGIN IMMEDIATE) serialises claims.
    """
    if not is_reviewer(reviewer):
        raise PermissionDenied("Only reviewers can claim items from the review queue.")
    now = timezone.now()
    passed = set(seen or ())
    if skip is not None:
        passed.add(skip.pk)
    if passed:
        # Moving past an item gives up its hold, so another reviewer can take it.
        Annotation.objects.filter(pk__in=passed, claimed_by=reviewer).update(claimed_by=None, claimed_until=None)
    queue = review_queue(reviewer=reviewer, **filters)
    if passed:
        queue = queue.exclude(pk__in=passed)
    free = Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)
    mine = Q(claimed_by=reviewer, claimed_until__gt=now)
    locking = {"skip_locked": True, "of": ("self",)} if connection.features.has_select_for_update_skip_locked else {}
    item = queue.filter(mine).select_for_update(**locking).first()
    if item is None:
        item = queue.filter(free).select_for_update(**locking).first()
    if item is None:
        return None
    item.claimed_by, item.claimed_until = reviewer, now + review_hold()
    # Only the hold changes: the version stays, so an annotator's edit in flight is not made stale.
    Annotation.objects.filter(pk=item.pk).update(claimed_by=reviewer, claimed_until=item.claimed_until)
    return item


def review_queue_progress(*, item: Annotation, reviewer, seen: list[int] | None = None, **filters) -> dict:
    """Where ``item`` stands in the reviewer's filtered queue (oldest first), in one query:
    ``position`` (1-based), ``total`` items, and ``remaining`` items not yet seen in this pass
    (``item`` excluded)."""
    queue = review_queue(reviewer=reviewer, **filters)
    before = Q(submitted_at__lt=item.submitted_at) | Q(submitted_at=item.submitted_at, id__lt=item.pk)
    counts = queue.aggregate(
        total=Count("id"),
        earlier=Count("id", filter=before),
        remaining=Count("id", filter=~Q(pk__in={*(seen or ()), item.pk})),
    )
    return {"position": counts["earlier"] + 1, "total": counts["total"], "remaining": counts["remaining"]}


# --- many decisions at once ----------------------------------------------------------------------


@dataclass
class BulkOutcome:
    decided: list[Annotation] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)  # {"annotation": id, "detail": why}


def _error_text(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        if hasattr(exc, "error_dict"):
            return " ".join(f"{name}: {'; '.join(messages)}" for name, messages in exc.message_dict.items())
        return " ".join(exc.messages)
    if isinstance(exc, Conflict):
        return exc.message
    return str(exc) or exc.__class__.__name__


def review_decide(*, annotation: Annotation, reviewer, action: str, reason: str = "", comment: str = "") -> Annotation:
    """One review decision by name: approve, reject or reopen."""
    if action == "approve":
        return annotation_approve(annotation=annotation, reviewer=reviewer, comment=comment)
    if action == "reject":
        return annotation_reject(annotation=annotation, reviewer=reviewer, reason=reason, comment=comment)
    if action == "reopen":
        return annotation_reopen(annotation=annotation, reviewer=reviewer, comment=comment)
    raise ValidationError({"action": f"Unknown action {action!r}; use approve, reject or reopen."})


def review_bulk_decide(*, reviewer, decisions: list[dict]) -> BulkOutcome:
    """Decide many items, each on its own: each is checked, stored and logged in its own transaction
    (a savepoint when the caller holds one), so an illegal item fails alone and never half-applies.

    Each decision is {"annotation": Annotation or id, "action": "approve"|"reject", "reason"?, "comment"?}.
    """
    if not is_reviewer(reviewer):
        raise PermissionDenied("Only reviewers can approve or reject annotations.")
    if not decisions:
        raise ValidationError({"decisions": "Give at least one decision."})
    outcome = BulkOutcome()
    for decision in decisions:
        target = decision.get("annotation")
        annotation_id = target.pk if isinstance(target, Annotation) else target
        action = decision.get("action")
        try:
            if action not in ("approve", "reject"):
                raise ValidationError({"action": f"Unknown action {action!r}; use approve or reject."})
            # Another project's annotation is reported as absent, not as forbidden.
            annotation = (
                target
                if isinstance(target, Annotation)
                else annotations_in_reach(Annotation.objects.all(), reviewer).get(pk=annotation_id)
            )
            decided = review_decide(
                annotation=annotation,
                reviewer=reviewer,
                action=action,
                reason=decision.get("reason") or "",
                comment=decision.get("comment") or "",
            )
        except Annotation.DoesNotExist:
            outcome.failed.append({"annotation": annotation_id, "detail": f"No annotation {annotation_id!r}."})
        except (ValidationError, PermissionDenied, Conflict, ValueError, TypeError) as exc:
            outcome.failed.append({"annotation": annotation_id, "detail": _error_text(exc)})
        else:
            outcome.decided.append(decided)
    return outcome


# --- adjudication ---------------------------------------------------------------------------------


@transaction.atomic
def sentence_adjudicate(
    *, sentence: Sentence, reviewer, approve: list[int], reject: list[int], reason: str = "", comment: str = ""
) -> list[Annotation]:
    """Settle what several annotators said about one sentence in one step: approve some of their
    annotations and reject the others (with one reason). All decisions are stored, or none.

    Annotations decided before (approved or rejected) are reopened to submitted and decided again,
    each step recorded with the adjudicator; one already in the state asked for is left as it is.
    """
    approve, reject = list(dict.fromkeys(approve or [])), list(dict.fromkeys(reject or []))
    if not approve and not reject:
        raise ValidationError({"approve": "Name the annotations to approve and/or reject."})
    both = sorted(set(approve) & set(reject))
    if both:
        raise ValidationError({"reject": f"Annotation(s) {both} cannot be both approved and rejected."})
    if reject:
        check_reject_reason(reason=reason, comment=comment)
    found = annotations_in_reach(Annotation.objects.all(), reviewer).in_bulk(approve + reject)
    missing = [pk for pk in approve + reject if pk not in found]
    if missing:
        raise ValidationError({"approve": f"No annotation(s) {missing}."})
    elsewhere = [pk for pk, a in found.items() if a.sentence_id != sentence.pk]
    if elsewhere:
        message = f"Annotation(s) {sorted(elsewhere)} are not on sentence {sentence.pk}: adjudicate one sentence."
        raise ValidationError({"approve": message})
    decisions = [(pk, "approve") for pk in approve] + [(pk, "reject") for pk in reject]
    return [
        _adjudicate_one(annotation=found[pk], action=action, reviewer=reviewer, reason=reason, comment=comment)
        for pk, action in decisions
    ]


def _adjudicate_one(*, annotation: Annotation, action: str, reviewer, reason: str, comment: str) -> Annotation:
    target = TRANSITIONS[action][1]
    if annotation.status == target:
        check_reviewer(annotation=annotation, reviewer=reviewer)
        return annotation
    if annotation.status in TRANSITIONS["reopen_to_adjudicate"][0]:
        _transition(
            annotation=annotation,
            action="reopen_to_adjudicate",
            by=reviewer,
            comment=f"Reopened to adjudicate sentence {annotation.sentence_id}.",
        )
    if action == "approve":
        return annotation_approve(annotation=annotation, reviewer=reviewer, comment=comment)
    return annotation_reject(annotation=annotation, reviewer=reviewer, reason=reason, comment=comment)
