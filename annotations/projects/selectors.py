"""Read queries of the projects API and pages, each with its joins (counts as correlated subqueries)."""

from __future__ import annotations

from django.db.models import Count, Exists, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from annotations.projects.access import projects_visible_to
from annotations.projects.models import Assignment, DocumentFinish, GuidelineVersion, Project, ProjectDocument


def _count(queryset: QuerySet) -> Coalesce:
    counted = queryset.order_by().values("project_id").annotate(n=Count("pk")).values("n")[:1]
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def projects_with_counts(user) -> QuerySet[Project]:
    """The projects ``user`` sees, with their document and member counts and current guidelines
    number: one query for the rows and one for the labels, whatever the number of projects."""
    latest = GuidelineVersion.objects.filter(project=OuterRef("pk")).order_by("-number").values("number")[:1]
    return (
        projects_visible_to(user)
        .annotate(
            document_count=_count(ProjectDocument.objects.filter(project=OuterRef("pk"))),
            member_count=_count(Project.members.through.objects.filter(project=OuterRef("pk"))),
            guidelines_version=Subquery(latest, output_field=IntegerField()),
        )
        .prefetch_related("labels")
        .order_by("name", "id")
    )


def assignments_with_finish(project: Project) -> QuerySet[Assignment]:
    """The project's assignments with their assignee and whether they finished the document."""
    finished = DocumentFinish.objects.filter(
        project_id=OuterRef("project_id"), document_id=OuterRef("document_id"), annotator_id=OuterRef("user_id")
    )
    return (
        Assignment.objects.filter(project=project)
        .select_related("user")
        .annotate(finished=Exists(finished))
        .order_by("document_id", "role", "user_id")
    )
