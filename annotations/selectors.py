"""Read queries the API, the pages and the exports share, each with the joins it needs."""

from __future__ import annotations

from django.db.models import QuerySet

from annotations.models import Annotation
from annotations.roles import is_reviewer


def annotations_visible_to(user) -> QuerySet[Annotation]:
    """Blind annotation: reviewers and admins see everything, annotators only their own."""
    queryset = Annotation.objects.select_related(
        "label",
        "annotator",
        "sentence__document__publisher",
        "figures__cited_source",
        "responsibility__actor",
        "reviewed_by",
    )
    if is_reviewer(user):
        return queryset
    return queryset.filter(annotator=user)
