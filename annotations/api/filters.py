"""django-filter FilterSets of the list endpoints. The annotation filters live beside the selectors
(``annotations.filters``) because the exports service shares them; they are re-exported here."""

from __future__ import annotations

from django.db.models import QuerySet
from django_filters import rest_framework as filters

from annotations.filters import AnnotationFilter, IdFilter, InstantFilter, WholeNumberFilter, in_project, sentence_text
from annotations.models import Actor, ActorKind, Document, Label, Sentence, SourceType
from annotations.search import text_contains

__all__ = ["ActorFilter", "AnnotationFilter", "DocumentFilter", "LabelFilter", "SentenceFilter"]


class DocumentFilter(filters.FilterSet):
    q = filters.CharFilter(method="search", help_text="Words in the title or the text (case-insensitive).")
    publisher = IdFilter(field_name="publisher_id", help_text="Actor id of the publisher.")
    published_after = filters.DateFilter(field_name="published_on", lookup_expr="gte", help_text="YYYY-MM-DD")
    published_before = filters.DateFilter(field_name="published_on", lookup_expr="lte", help_text="YYYY-MM-DD")
    imported_after = InstantFilter(field_name="imported_at", lookup_expr="gte")
    imported_before = InstantFilter(field_name="imported_at", lookup_expr="lte")
    language = filters.CharFilter(field_name="language")
    project = IdFilter(method="filter_project", help_text="Project id: only the project's documents.")

    class Meta:
        model = Document
        fields = ["q", "publisher", "published_after", "published_before", "language", "project"]

    def filter_project(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return in_project(queryset, value)

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(text_contains(value, "title", "text"))


class SentenceFilter(filters.FilterSet):
    document = IdFilter(field_name="document_id", help_text="Document id.")
    index_from = WholeNumberFilter(field_name="index", lookup_expr="gte")
    index_to = WholeNumberFilter(field_name="index", lookup_expr="lte")
    q = filters.CharFilter(method="search", help_text="Words in the sentence text (case-insensitive).")
    project = IdFilter(method="filter_project", help_text="Project id: only sentences of the project's documents.")

    class Meta:
        model = Sentence
        fields = ["document", "index_from", "index_to", "q", "project"]

    def filter_project(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return in_project(queryset, value, field="document_id")

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.alias(search_text=sentence_text()).filter(text_contains(value, "search_text"))


class LabelFilter(filters.FilterSet):
    is_active = filters.BooleanFilter(
        field_name="is_active",
        help_text="Without this filter only active labels are listed; is_active=false lists the retired ones.",
    )
    project = IdFilter(method="filter_project", help_text="Project id: only the labels annotators may use in it.")

    class Meta:
        model = Label
        fields = ["is_active", "project"]

    def filter_project(self, queryset: QuerySet, name: str, value: int) -> QuerySet:
        return queryset.filter(projects=value)


class ActorFilter(filters.FilterSet):
    q = filters.CharFilter(method="search", help_text="Part of the name (case-insensitive).")
    kind = filters.ChoiceFilter(choices=ActorKind.choices)
    source_type = filters.ChoiceFilter(choices=SourceType.choices)

    class Meta:
        model = Actor
        fields = ["q", "kind", "source_type"]

    def search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(text_contains(value, "name"))
