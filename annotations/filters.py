"""Filters that the API and the services share (the annotation list and the exports), beside the selectors.

They are django-filter FilterSets over querysets: nothing here depends on the API layer.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.db.models import Exists, F, OuterRef, QuerySet
from django.db.models.functions import Substr
from django.utils import timezone
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from annotations.models import Annotation, AnnotationStatus
from annotations.search import text_contains

# The largest id a 64-bit primary key can hold; a larger number names nothing, and SQLite cannot even
# bind it (it raised OverflowError, a 500).
MAX_ID = 2**63 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(filters.NumberFilter):
    """A filter on an id: a whole number from 1 to 2**63-1, or a 400 naming the parameter."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


@extend_schema_field({"type": "integer", "minimum": -MAX_ID, "maximum": MAX_ID})
class WholeNumberFilter(filters.NumberFilter):
    """A count or position: a whole number that fits 64 bits."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", -MAX_ID)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class InstantField(forms.DateTimeField):
    """A date and time, read in UTC: PostgreSQL refuses offsets past ±15:59 (Python allows ±23:59)
    and would answer a 500 where the query simply means the same instant in UTC."""

    def to_python(self, value):
        instant = super().to_python(value)
        if instant is None:
            return None
        if instant.tzinfo is None:
            instant = timezone.make_aware(instant)
        try:
            return instant.astimezone(dt.UTC)
        except OverflowError:
            raise forms.ValidationError("Give a date and time between the years 1 and 9999.") from None


class InstantFilter(filters.DateTimeFilter):
    """A filter on a date and time, compared in UTC (see ``InstantField``)."""

    field_class = InstantField


def in_project(queryset: QuerySet, project_id: int, *, field: str = "pk") -> QuerySet:
    """Rows whose ``field`` is a document of the project (an EXISTS: no duplicate rows, no DISTINCT)."""
    from annotations.projects.models import ProjectDocument

    return queryset.filter(Exists(ProjectDocument.objects.filter(project_id=project_id, document_id=OuterRef(field))))


def sentence_text(prefix: str = "") -> Substr:
    start, end = F(f"{prefix}start"), F(f"{prefix}end")
    return Substr(f"{prefix}document__text", start + 1, end - start)


class AnnotationFilter(filters.FilterSet):
    label = filters.CharFilter(field_name="label__key", help_text="Label key, e.g. casualty_claim.")
    status = filters.MultipleChoiceFilter(
        choices=AnnotationStatus.choices, help_text="Repeat to allow several: status=draft&status=rejected."
    )
    annotator = IdFilter(field_name="annotator_id", help_text="User id of the annotator.")
    document = IdFilter(field_name="sentence__document_id", help_text="Document id.")
    sentence = IdFilter(field_name="sentence_id", help_text="Sentence id.")
    publisher = IdFilter(field_name="sentence__document__publisher_id", help_text="Actor id.")
    incident = IdFilter(field_name="incident_links__incident_id", help_text="Incident id.")
    reviewed_by = IdFilter(field_name="reviewed_by_id", help_text="User id of the reviewer.")
    project = IdFilter(field_name="project_id", help_text="Project id.")
    created_after = filters.DateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = filters.DateTimeFilter(field_name="created_at", lookup_expr="lte")
    updated_after = filters.DateTimeFilter(field_name="updated_at", lookup_expr="gte")
    submitted_after = filters.DateTimeFilter(field_name="submitted_at", lookup_expr="gte")
    submitted_before = filters.DateTimeFilter(field_name="submitted_at", lookup_expr="lte")
    published_after = filters.DateFilter(field_name="sentence__document__published_on", lookup_expr="gte")
    published_before = filters.DateFilter(field_name="sentence__document__published_on", lookup_expr="lte")
    q = filters.CharFilter(method="search", help_text="Words in the sentence text or the note (case-insensitive).")

    class Meta:
        model = Annotation
        fields = ["label", "status", "annotator", "document", "publisher", "incident", "project", "q"]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.alias(search_text=sentence_text("sentence__")).filter(
            text_contains(value, "search_text", "note")
        )
