"""The admin: every model, with the columns, filters and search a reviewer works with.

Documents are imported, never edited in place (their text is immutable), and the event history is
read-only. Review decisions in the admin go through the same services as the API.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, OuterRef, Prefetch, Subquery
from django.db.models.functions import Substr
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from annotations import models
from annotations.services.events import event_record_change, record_snapshot
from annotations.services.reviewing import check_reject_reason, review_bulk_decide


class ReadOnlyAdminMixin:
    """Shown, searched and filtered here, but changed only through the services (the pages, the API,
    the review-queue actions), so that every change bumps the version and lands in the history."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class AuditedAdminMixin:
    """Changes made here land in the event history like every other change: who, when, before and after."""

    def save_model(self, request, obj, form, change) -> None:
        with transaction.atomic():
            before = record_snapshot(type(obj).objects.get(pk=obj.pk)) if change else None
            super().save_model(request, obj, form, change)
            after = record_snapshot(obj)
            if before != after:
                event_record_change(by=request.user, record=obj, before=before, after=after)

    def delete_model(self, request, obj) -> None:
        with transaction.atomic():
            event_record_change(by=request.user, record=obj, before=record_snapshot(obj), after=None)
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        with transaction.atomic():
            for obj in queryset:
                event_record_change(by=request.user, record=obj, before=record_snapshot(obj), after=None)
            super().delete_queryset(request, queryset)


class ActorForm(forms.ModelForm):
    """Left blank, the source type is the one the kind implies, as when an actor is added by the API."""

    source_type = forms.ChoiceField(
        choices=[("", "From its kind"), *models.SourceType.choices],
        required=False,
        help_text="What its claims are worth: a party to the conflict's claims count, but never as independent "
        "confirmation. Blank: from the kind (armed groups and state forces are parties to the conflict).",
    )

    class Meta:
        model = models.Actor
        fields = ["name", "kind", "aliases", "source_type", "reliability_note"]

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("source_type") and data.get("kind") in models.ActorKind.values:
            data["source_type"] = models.SOURCE_TYPE_OF_KIND[models.ActorKind(data["kind"])]
        return data


@admin.register(models.Actor)
class ActorAdmin(AuditedAdminMixin, admin.ModelAdmin):
    form = ActorForm
    list_display = ["name", "kind", "source_type", "alias_list"]
    list_filter = ["source_type", "kind"]
    search_fields = ["name", "aliases", "reliability_note"]

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
class DocumentAdmin(AuditedAdminMixin, admin.ModelAdmin):
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


@admin.register(models.DocumentFingerprint)
class DocumentFingerprintAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Republished copies as the import linked them (annotations.services.copies)."""

    list_display = ["document", "copy_of"]
    list_filter = [("copy_of", admin.EmptyFieldListFilter)]
    search_fields = ["document__title", "copy_of__title"]
    list_select_related = ["document", "copy_of"]
    exclude = ["fingerprint"]


@admin.register(models.DocumentBand)
class DocumentBandAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["document", "key"]
    list_select_related = ["document"]


@admin.register(models.Sentence)
class SentenceAdmin(admin.ModelAdmin):
    list_display = ["document", "index", "start", "end", "is_boilerplate", "sentence_text"]
    list_filter = ["is_boilerplate", "document__publisher"]
    search_fields = ["document__title"]
    list_select_related = ["document"]
    readonly_fields = ["document", "index", "start", "end", "is_boilerplate", "sentence_text"]
    fields = readonly_fields

    @admin.display(description="text")
    def sentence_text(self, sentence: models.Sentence) -> str:
        return sentence.text_in(sentence.document.text)

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(models.Label)
class LabelAdmin(AuditedAdminMixin, admin.ModelAdmin):
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


class CasualtyFiguresInline(ReadOnlyAdminMixin, admin.StackedInline):
    model = models.CasualtyFigures
    extra = 0
    autocomplete_fields = ["cited_source"]


class ResponsibilityInline(ReadOnlyAdminMixin, admin.StackedInline):
    model = models.Responsibility
    extra = 0
    autocomplete_fields = ["actor"]


class IncidentLinkInline(ReadOnlyAdminMixin, admin.TabularInline):
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
class AnnotationAdmin(ReadOnlyAdminMixin, SentenceTextMixin, admin.ModelAdmin):
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


@admin.register(models.CasualtyFigures)
class CasualtyFiguresAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
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
class ResponsibilityAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["annotation", "actor", "stance"]
    list_filter = ["stance", "actor"]
    search_fields = ["actor__name"]
    raw_id_fields = ["annotation"]


@admin.register(models.Incident)
class IncidentAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["title", "occurred_on", "place_name", "admin_area", "strike_type", "grade", "merged_into"]
    list_filter = ["grade", "date_precision", "admin_area", "strike_type"]
    search_fields = ["title", "place_name", "admin_area", "description"]
    date_hierarchy = "occurred_on"
    readonly_fields = ["created_by", "created_at", "merged_into"]


@admin.register(models.IncidentLink)
class IncidentLinkAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
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
    """Releases are made from the exports (page, API, command) and never deleted: each is the record of
    a published dataset, and a deleted row would leave its file behind (or a file without its hash)."""

    list_display = ["name", "shape", "format", "row_count", "sha256", "created_by", "created_at", "refusals"]
    list_filter = ["shape", "format"]
    search_fields = ["name", "sha256"]
    readonly_fields = [f.name for f in models.DatasetRelease._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


# --- the review queue ------------------------------------------------------------------------------
# Reviewers work here with is_staff and the view/change permissions of "review queue item" (the demo
# reviewer gets both). Every decision goes through annotations.services.reviewing, with its checks.


class RejectForm(forms.Form):
    reason = forms.ChoiceField(choices=models.RejectReason.choices)
    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "cols": 60}), required=False)

    def clean(self):
        cleaned = super().clean()
        try:
            check_reject_reason(reason=cleaned.get("reason", ""), comment=cleaned.get("comment", ""))
        except ValidationError as exc:
            raise forms.ValidationError(exc.messages) from None
        return cleaned


def _report_outcome(model_admin, request, outcome, verb: str) -> None:
    if outcome.decided:
        ids = ", ".join(str(a.pk) for a in outcome.decided)
        model_admin.message_user(
            request, f"{verb.capitalize()} {len(outcome.decided)} item(s): {ids}.", messages.SUCCESS
        )
    for failure in outcome.failed:
        model_admin.message_user(
            request, f"Item {failure['annotation']} not {verb}: {failure['detail']}", messages.ERROR
        )


@admin.register(models.ReviewQueueItem)
class ReviewQueueItemAdmin(admin.ModelAdmin):
    """Submitted annotations, oldest first, each shown in its context, approved or rejected in bulk."""

    list_display = ["id", "submitted_at", "label", "annotator", "in_context", "source", "others_said", "held"]
    list_display_links = ["id"]
    list_filter = [
        "label",
        ("sentence__document", admin.RelatedOnlyFieldListFilter),
        ("sentence__document__publisher", admin.RelatedOnlyFieldListFilter),
        ("annotator", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["note", "sentence__document__title", "annotator__username"]
    ordering = ["submitted_at", "id"]
    actions = ["approve_selected", "reject_selected"]
    list_per_page = 50
    fields = ["in_context", "source", "label", "annotator", "submitted_at", "note", "claim", "others_said", "held"]
    readonly_fields = fields

    def get_queryset(self, request):
        previous = models.Sentence.objects.filter(
            document=OuterRef("sentence__document"), index=OuterRef("sentence__index") - 1
        )
        following = models.Sentence.objects.filter(
            document=OuterRef("sentence__document"), index=OuterRef("sentence__index") + 1
        )

        def text_of(sentences):
            return Subquery(
                sentences.annotate(text=Substr("document__text", F("start") + 1, F("end") - F("start"))).values("text")[
                    :1
                ]
            )

        return (
            super()
            .get_queryset(request)
            .filter(status=models.AnnotationStatus.SUBMITTED)
            .select_related(
                "label",
                "annotator",
                "claimed_by",
                "sentence__document__publisher",
                "figures__cited_source",
                "responsibility__actor",
            )
            .annotate(previous_text=text_of(previous), next_text=text_of(following))
            .prefetch_related(
                Prefetch(
                    "sentence__annotations",
                    queryset=models.Annotation.objects.select_related("label", "annotator").order_by(
                        "annotator__username", "label__order"
                    ),
                    to_attr="all_annotations",
                )
            )
        )

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="sentence (with its neighbours)")
    def in_context(self, item: models.ReviewQueueItem) -> str:
        sentence = item.sentence
        return format_html(
            '<span style="color:#777">{}</span> <strong>{}</strong> <span style="color:#777">{}</span>',
            item.previous_text or "",
            sentence.text_in(sentence.document.text),
            item.next_text or "",
        )

    @admin.display(description="document", ordering="sentence__document__title")
    def source(self, item: models.ReviewQueueItem) -> str:
        document = item.sentence.document
        return format_html(
            "{}<br><small>{} · {}</small>",
            document.title,
            document.publisher.name if document.publisher else "no publisher",
            document.published_on or "undated",
        )

    @admin.display(description="other annotators said")
    def others_said(self, item: models.ReviewQueueItem) -> str:
        others = [a for a in getattr(item.sentence, "all_annotations", []) if a.annotator_id != item.annotator_id]
        if not others:
            return "—"
        return format_html_join(
            mark_safe("<br>"), "{}: {} ({})", ((a.annotator.username, a.label.key, a.status) for a in others)
        )

    @admin.display(description="claim")
    def claim(self, item: models.ReviewQueueItem) -> str:
        parts = []
        if hasattr(item, "figures"):  # a missing one-to-one part raises an AttributeError subclass
            figures = item.figures
            parts.append(str(figures) + (f", cited: {figures.cited_source}" if figures.cited_source_id else ""))
        if hasattr(item, "responsibility"):
            parts.append(f"blames {item.responsibility.actor} ({item.responsibility.stance})")
        return "; ".join(parts) or "—"

    @admin.display(description="held by")
    def held(self, item: models.ReviewQueueItem) -> str:
        if item.claimed_by_id and item.claimed_until and item.claimed_until > timezone.now():
            return f"{item.claimed_by.username} until {item.claimed_until:%H:%M}"
        return ""

    @admin.action(description="Approve selected items", permissions=["change"])
    def approve_selected(self, request, queryset):
        decisions = [{"annotation": item, "action": "approve"} for item in queryset.order_by("submitted_at", "id")]
        _report_outcome(self, request, review_bulk_decide(reviewer=request.user, decisions=decisions), "approved")

    @admin.action(description="Reject selected items (choose a reason)…", permissions=["change"])
    def reject_selected(self, request, queryset):
        items = list(queryset.order_by("submitted_at", "id"))
        form = RejectForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            decisions = [{"annotation": item, "action": "reject", **form.cleaned_data} for item in items]
            _report_outcome(self, request, review_bulk_decide(reviewer=request.user, decisions=decisions), "rejected")
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Reject review queue items",
            "opts": self.model._meta,
            "items": [(item, item.sentence.text_in(item.sentence.document.text)) for item in items],
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/annotations/reviewqueueitem/reject.html", context)


# Background imports (helper C, issue 10) and discussions (issue 9) keep their admin beside their tables.
import annotations.admin_discussion  # noqa: E402, F401
import annotations.admin_imports  # noqa: E402, F401
import annotations.admin_projects  # noqa: E402, F401
import annotations.admin_sources  # noqa: E402, F401
