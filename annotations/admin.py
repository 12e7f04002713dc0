"""The admin: every model, with the columns, filters and search a reviewer works with.

Documents are imported, never edited in place (their text is immutable), and the event history is
read-only. Review decisions in the admin go through the same services as the API.
"""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html

from annotations import models


@admin.register(models.Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "alias_list"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]

    @admin.display(description="aliases")
    def alias_list(self, actor: models.Actor) -> str:
        return ", ".join(actor.aliases)


class SentenceInline(admin.TabularInline):
    model = models.Sentence
    fields = ["index", "start", "end", "sentence_text"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="text")
    def sentence_text(self, sentence: models.Sentence) -> str:
        return sentence.text_in(sentence.document.text)


@admin.register(models.Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "published_on", "language", "sentence_count", "imported_at"]
    list_filter = ["publisher", "language", "published_on", "imported_at"]
    search_fields = ["title", "text", "url", "publisher__name"]
    date_hierarchy = "imported_at"
    readonly_fields = ["text", "text_sha256", "imported_by", "imported_at"]
    list_select_related = ["publisher"]
    inlines = [SentenceInline]

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(_sentence_count=Count("sentences"))

    @admin.display(description="sentences", ordering="_sentence_count")
    def sentence_count(self, document) -> int:
        return document._sentence_count

    def has_add_permission(self, request) -> bool:
        # New documents come through the importer, which segments them.
        return False


@admin.register(models.Sentence)
class SentenceAdmin(admin.ModelAdmin):
    list_display = ["document", "index", "start", "end", "sentence_text"]
    list_filter = ["document__publisher"]
    search_fields = ["document__title"]
    list_select_related = ["document"]
    readonly_fields = ["document", "index", "start", "end", "sentence_text"]
    fields = readonly_fields

    @admin.display(description="text")
    def sentence_text(self, sentence: models.Sentence) -> str:
        return sentence.text_in(sentence.document.text)

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(models.Label)
class LabelAdmin(admin.ModelAdmin):
    list_display = ["key", "name", "shortcut", "colour_swatch", "order", "is_active"]
    list_editable = ["order", "is_active"]
    search_fields = ["key", "name"]

    @admin.display(description="colour")
    def colour_swatch(self, label: models.Label) -> str:
        return format_html(
            '<span style="display:inline-block;width:1em;height:1em;background:{}"></span> {}',
            label.colour,
            label.colour,
        )


class CasualtyFiguresInline(admin.StackedInline):
    model = models.CasualtyFigures
    extra = 0
    autocomplete_fields = ["cited_source"]


class ResponsibilityInline(admin.StackedInline):
    model = models.Responsibility
    extra = 0
    autocomplete_fields = ["actor"]


class IncidentLinkInline(admin.TabularInline):
    model = models.IncidentLink
    extra = 0
    autocomplete_fields = ["incident"]
    readonly_fields = ["linked_by", "linked_at"]


class SentenceTextMixin:
    @admin.display(description="sentence")
    def sentence_text(self, annotation: models.Annotation) -> str:
        sentence = annotation.sentence
        return sentence.text_in(sentence.document.text)

    @admin.display(description="document", ordering="sentence__document__title")
    def document(self, annotation: models.Annotation) -> str:
        return annotation.sentence.document.title


@admin.register(models.Annotation)
class AnnotationAdmin(SentenceTextMixin, admin.ModelAdmin):
    list_display = ["id", "label", "status", "annotator", "sentence_text", "document", "updated_at"]
    list_filter = ["status", "label", "annotator", "sentence__document__publisher"]
    search_fields = ["sentence__document__title", "note", "annotator__username"]
    list_select_related = ["label", "annotator", "sentence__document"]
    readonly_fields = [
        "annotator",
        "sentence",
        "sentence_text",
        "status",
        "version",
        "submitted_at",
        "reviewed_by",
        "reviewed_at",
        "review_reason",
        "review_comment",
        "claimed_by",
        "claimed_until",
    ]
    inlines = [CasualtyFiguresInline, ResponsibilityInline, IncidentLinkInline]

    def has_add_permission(self, request) -> bool:
        # Annotations are made on the annotation page or through the API, by their annotator.
        return False


@admin.register(models.CasualtyFigures)
class CasualtyFiguresAdmin(admin.ModelAdmin):
    list_display = [
        "annotation",
        "killed_min",
        "killed_max",
        "injured_min",
        "injured_max",
        "qualifier",
        "scope",
        "cited_source",
    ]
    list_filter = ["qualifier", "scope", "preliminary", "is_suggested"]
    search_fields = ["raw_text", "cited_source__name"]
    autocomplete_fields = ["cited_source"]
    raw_id_fields = ["annotation"]


@admin.register(models.Responsibility)
class ResponsibilityAdmin(admin.ModelAdmin):
    list_display = ["annotation", "actor", "stance"]
    list_filter = ["stance", "actor"]
    search_fields = ["actor__name"]
    raw_id_fields = ["annotation"]


@admin.register(models.Incident)
class IncidentAdmin(admin.ModelAdmin):
    list_display = ["title", "occurred_on", "place_name", "admin_area", "strike_type", "grade", "merged_into"]
    list_filter = ["grade", "date_precision", "admin_area", "strike_type"]
    search_fields = ["title", "place_name", "admin_area", "description"]
    date_hierarchy = "occurred_on"
    readonly_fields = ["created_by", "created_at", "merged_into"]


@admin.register(models.IncidentLink)
class IncidentLinkAdmin(admin.ModelAdmin):
    list_display = ["incident", "annotation", "linked_by", "linked_at"]
    list_filter = ["incident__grade"]
    search_fields = ["incident__title"]
    raw_id_fields = ["annotation", "incident"]


@admin.register(models.Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["at", "kind", "actor", "annotation_id", "incident_id", "from_status", "to_status", "reason"]
    list_filter = ["kind", "to_status", "reason"]
    search_fields = ["comment"]
    date_hierarchy = "at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.DatasetRelease)
class DatasetReleaseAdmin(admin.ModelAdmin):
    list_display = ["name", "shape", "format", "row_count", "sha256", "created_by", "created_at"]
    list_filter = ["shape", "format"]
    search_fields = ["name", "sha256"]
    readonly_fields = [f.name for f in models.DatasetRelease._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
