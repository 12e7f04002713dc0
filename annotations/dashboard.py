"""The team dashboard of a project (its reviewers, managers and staff), and who may see it.

Per annotator: documents assigned and finished, annotations by state, the review decisions on their
work (approval rate, rejection reasons, from the event history), the median time from their first
event on a document to finishing it, and their agreement with each other annotator (from
``annotations.agreement``). Per project: finished documents and annotations per day, the review
backlog, the honest agreement figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from itertools import accumulate
from statistics import median
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Min
from django.db.models.functions import TruncDate
from django.http import Http404

from annotations.agreement import agreement_for_project
from annotations.models import Annotation, AnnotationStatus, Event, EventKind
from annotations.projects.access import may_review_in, projects_visible_to
from annotations.projects.models import (
    Assignment,
    AssignmentRole,
    DocumentFinish,
    Project,
    ProjectDocument,
    ProjectMembership,
    ProjectRole,
)


def project_for_review(*, user, project_id: int) -> Project:
    """The project, for its reviewers, managers and staff: 404 when the user is not in it (as if it
    did not exist), 403 when they are in it but only annotate."""
    project = projects_visible_to(user).filter(pk=project_id).first()
    if project is None:
        raise Http404(f"No project {project_id}, or you are not a member of it.")
    if not may_review_in(user, project):
        raise PermissionDenied("Only reviewers and managers of this project can see its agreement and dashboard.")
    return project


# --- pure: putting the counts together -------------------------------------------------------------


def median_seconds(durations: Iterable[float]) -> float | None:
    """The median of the (non-negative) durations in seconds; None without any."""
    values = [max(0.0, value) for value in durations]
    return float(median(values)) if values else None


def approval_rate(approvals: int, rejections: int) -> float | None:
    """Approvals among the review decisions made on someone's work; None before any decision."""
    decided = approvals + rejections
    return approvals / decided if decided else None


def agreement_with_others(name: str, pairs: Iterable[Mapping[str, Any]]) -> dict:
    """One annotator's side of the pairwise agreement: per other annotator the shared units, the share
    answered alike and the pair's alpha; overall, the share alike over all their shared units."""
    others = []
    for pair in pairs:
        if name not in pair["annotators"]:
            continue
        other = next(person for person in pair["annotators"] if person != name)
        share = pair["agreed"] / pair["sentences"] if pair["sentences"] else None
        others.append(
            {
                "with": other,
                "units": pair["sentences"],
                "agreed": pair["agreed"],
                "share": share,
                "alpha": pair["alpha"],
            }
        )
    units = sum(other["units"] for other in others)
    agreed = sum(other["agreed"] for other in others)
    return {"share": agreed / units if units else None, "units": units, "pairs": others}


def daily_series(*counts: Mapping[dt.date, int]) -> dict[str, list]:
    """Day-by-day counts over the whole span of the given series (missing days are 0), with running
    totals, in the column order uPlot draws: days, then each series and its cumulative sum."""
    days = sorted(set().union(*counts))
    if not days:
        return {"days": [], "series": [[] for _ in counts], "cumulative": [[] for _ in counts]}
    every_day = [days[0] + dt.timedelta(days=n) for n in range((days[-1] - days[0]).days + 1)]
    series = [[count.get(day, 0) for day in every_day] for count in counts]
    return {
        "days": [day.isoformat() for day in every_day],
        "series": series,
        "cumulative": [list(accumulate(values)) for values in series],
    }


# --- reading the database ----------------------------------------------------------------------------


def _per_day(queryset, field: str) -> dict[dt.date, int]:
    rows = queryset.annotate(day=TruncDate(field)).values("day").annotate(n=Count("pk")).order_by("day")
    return {row["day"]: row["n"] for row in rows}


def project_dashboard(*, project: Project) -> dict:
    """Every figure of the team dashboard, in a constant number of queries (see the test that pins it)."""
    annotations = Annotation.objects.filter(project=project)
    members = dict(
        ProjectMembership.objects.filter(project=project, role=ProjectRole.ANNOTATOR).values_list(
            "user_id", "user__username"
        )
    )
    assigned = dict(
        Assignment.objects.filter(project=project, role=AssignmentRole.ANNOTATOR)
        .values("user_id")
        .annotate(n=Count("pk"))
        .values_list("user_id", "n")
    )
    finishes = list(
        DocumentFinish.objects.filter(project=project).values_list("annotator_id", "document_id", "finished_at")
    )
    states: dict[int, dict[str, int]] = {}
    for user_id, status, n in (
        annotations.values("annotator_id", "status").annotate(n=Count("pk")).values_list("annotator_id", "status", "n")
    ):
        states.setdefault(user_id, {})[status] = n
    # Decisions from the history, not the current states: a rejection later fixed and approved still
    # was a rejection, with its reason.
    approvals: dict[int, int] = {}
    reasons: dict[int, dict[str, int]] = {}
    decisions = (
        Event.objects.filter(
            kind=EventKind.TRANSITION,
            annotation__project=project,
            to_status__in=[AnnotationStatus.APPROVED, AnnotationStatus.REJECTED],
        )
        .values("annotation__annotator_id", "to_status", "reason")
        .annotate(n=Count("pk"))
        .values_list("annotation__annotator_id", "to_status", "reason", "n")
    )
    for user_id, to_status, reason, n in decisions:
        if to_status == AnnotationStatus.APPROVED:
            approvals[user_id] = approvals.get(user_id, 0) + n
        else:
            by_reason = reasons.setdefault(user_id, {})
            by_reason[reason or "none"] = by_reason.get(reason or "none", 0) + n
    # When each annotator started on each document: the first event of their annotations on it.
    started = {
        (user_id, document): first
        for user_id, document, first in Event.objects.filter(annotation__project=project)
        .values("annotation__annotator_id", "annotation__sentence__document_id")
        .annotate(first=Min("at"))
        .values_list("annotation__annotator_id", "annotation__sentence__document_id", "first")
    }
    people = set(members) | set(assigned) | set(states) | {user_id for user_id, _, _ in finishes}
    names = {**members, **dict(User.objects.filter(pk__in=people - set(members)).values_list("pk", "username"))}
    agreement = agreement_for_project(project=project)
    rows = []
    for user_id in sorted(people, key=lambda pk: names[pk].lower()):
        theirs = [(document, at) for who, document, at in finishes if who == user_id]
        durations = [
            (at - started[(user_id, document)]).total_seconds()
            for document, at in theirs
            if (user_id, document) in started
        ]
        rejected = sum(reasons.get(user_id, {}).values())
        rows.append(
            {
                "annotator": {"id": user_id, "username": names[user_id]},
                "assigned": assigned.get(user_id, 0),
                "finished": len(theirs),
                "annotations": {status: states.get(user_id, {}).get(status, 0) for status in AnnotationStatus.values},
                "approvals": approvals.get(user_id, 0),
                "rejections": rejected,
                "approval_rate": approval_rate(approvals.get(user_id, 0), rejected),
                "rejection_reasons": dict(sorted(reasons.get(user_id, {}).items())),
                "median_seconds_per_document": median_seconds(durations),
                "timed_documents": len(durations),
                "agreement": agreement_with_others(names[user_id], agreement["pairs"]),
            }
        )
    backlog = annotations.filter(status=AnnotationStatus.SUBMITTED).aggregate(
        submitted=Count("pk"), oldest=Min("submitted_at")
    )
    progress = daily_series(
        _per_day(DocumentFinish.objects.filter(project=project), "finished_at"),
        _per_day(annotations, "created_at"),
    )
    return {
        "project": {"id": project.pk, "name": project.name},
        "documents": ProjectDocument.objects.filter(project=project).count(),
        "annotators": rows,
        "progress": {
            "days": progress["days"],
            "finished": progress["series"][0],
            "annotations": progress["series"][1],
            "finished_total": progress["cumulative"][0],
            "annotations_total": progress["cumulative"][1],
        },
        "backlog": {"submitted": backlog["submitted"], "oldest_submitted_at": backlog["oldest"]},
        "agreement": {
            "overall_alpha": agreement["overall_alpha"],
            "units": agreement["units"],
            "comparisons": agreement["comparisons"],
            "documents": len(agreement["documents"]),
            "disagreements": len(agreement["disagreements"]),
        },
    }
