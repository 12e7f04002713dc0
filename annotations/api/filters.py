"""django-filter FilterSets of the list endpoints (the exports take the annotation filters too)."""

from __future__ import annotations

from django import forms
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Substr
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from annotations.models import Actor, ActorKind, Annotation, AnnotationStatus, Document, Label, Sentence

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


def _sentence_text(prefix: str = "") -> Substr:
    start, end = F(f"{prefix}start"), F(f"{prefix}end")
    return Substr(f"{prefix}document__text", start + 1, end - start)


class DocumentFilter(filters.FilterSet):
    q = filters.CharFilter(method="search", help_text="Words in the title or the text (case-insensitive).")
    publisher = IdFilter(field_name="publisher_id", help_text="Actor id of the publisher.")
    published_after = filters.DateFilter(field_name="published_on", lookup_expr="gte", help_text="YYYY-MM-DD")
    published_before = filters.DateFilter(field_name="published_on", lookup_expr="lte", help_text="YYYY-MM-DD")
    imported_after = filters.DateTimeFilter(field_name="imported_at", lookup_expr="gte")
    imported_before = filters.DateTimeFilter(field_name="imported_at", lookup_expr="lte")
    language = filters.CharFilter(field_name="language")

    class Meta:
        model = Document
        fields = ["q", "publisher", "published_after", "published_before", "language"]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(title__icontains=value) | Q(text__icontains=value))


class SentenceFilter(filters.FilterSet):
    document = IdFilter(field_name="document_id", help_text="Document id.")
    index_from = WholeNumberFilter(field_name="index", lookup_expr="gte")
    index_to = WholeNumberFilter(field_name="index", lookup_expr="lte")
    q = filters.CharFilter(method="search", help_text="Words in the sentence text (case-insensitive).")

    class Meta:
        model = Sentence
        fields = ["document", "index_from", "index_to", "q"]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.alias(search_text=_sentence_text()).filter(search_text__icontains=value)


class LabelFilter(filters.FilterSet):
    is_active = filters.BooleanFilter(
        field_name="is_active",
        help_text="Without this filter only active labels are listed; is_active=false lists the retired ones.",
    )

    class Meta:
        model = Label
        fields = ["is_active"]


class ActorFilter(filters.FilterSet):
    q = filters.CharFilter(method="search", help_text="Part of the name (case-insensitive).")
    kind = filters.ChoiceFilter(choices=ActorKind.choices)

    class Meta:
        model = Actor
        fields = ["q", "kind"]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(name__icontains=value)


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
        fields = ["label", "status", "annotator", "document", "publisher", "incident", "q"]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.alias(search_text=_sentence_text("sentence__")).filter(
            Q(search_text__icontains=value) | Q(note__icontains=value)
        )
