"""Projects in the admin: members, documents, guidelines (read-only once written), assignments, finishes.

Changes made here land in the event history like every other change (``AuditedAdminMixin``).
Guideline versions are never edited: every edit of the guidelines is a new version, and annotations
point at the version in force when they were made.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from annotations.admin import AuditedAdminMixin
from annotations.projects.models import (
    Assignment,
    DocumentFinish,
    GuidelineVersion,
    Project,
    ProjectDocument,
    ProjectMembership,
)


class MembershipInline(admin.TabularInline):
    model = ProjectMembership
    fk_name = "project"
    fields = ["user", "role", "added_by", "added_at"]
    readonly_fields = ["added_by", "added_at"]
    raw_id_fields = ["user"]
    extra = 0


class GuidelineInline(admin.TabularInline):
    """The versions, newest first, read-only: a new version is added below the project's form."""

    model = GuidelineVersion
    fields = ["number", "text", "created_by", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ["-number"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


def _count(queryset) -> Coalesce:
    counted = queryset.order_by().values("project_id").annotate(n=Count("pk")).values("n")[:1]
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


@admin.register(Project)
class ProjectAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["name", "is_default", "member_count", "document_count", "created_by", "created_at"]
    list_filter = ["is_default"]
    search_fields = ["name", "description"]
    filter_horizontal = ["labels"]
    readonly_fields = ["created_by", "created_at"]
    list_select_related = ["created_by"]
    inlines = [MembershipInline, GuidelineInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                x_members=_count(ProjectMembership.objects.filter(project=OuterRef("pk"))),
                x_documents=_count(ProjectDocument.objects.filter(project=OuterRef("pk"))),
            )
        )

    @admin.display(description="members", ordering="x_members")
    def member_count(self, project: Project) -> int:
        return project.x_members

    @admin.display(description="documents", ordering="x_documents")
    def document_count(self, project: Project) -> int:
        return project.x_documents

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ProjectMembership)
class ProjectMembershipAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["project", "user", "role", "added_by", "added_at"]
    list_filter = ["role", "project"]
    search_fields = ["user__username", "project__name"]
    raw_id_fields = ["user"]
    readonly_fields = ["added_by", "added_at"]
    list_select_related = ["project", "user", "added_by"]

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.added_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ProjectDocument)
class ProjectDocumentAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["project", "document", "added_by", "added_at"]
    list_filter = ["project"]
    search_fields = ["document__title"]
    raw_id_fields = ["document"]
    readonly_fields = ["added_by", "added_at"]
    list_select_related = ["project", "document", "added_by"]


@admin.register(GuidelineVersion)
class GuidelineVersionAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """Added here (the next number is given), never changed or deleted afterwards."""

    list_display = ["project", "number", "created_by", "created_at"]
    list_filter = ["project"]
    search_fields = ["text", "project__name"]
    list_select_related = ["project", "created_by"]
    readonly_fields = ["number", "created_by", "created_at"]

    def get_readonly_fields(self, request, obj=None):
        return ["project", "number", "text", "created_by", "created_at"] if obj is not None else self.readonly_fields

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            latest = GuidelineVersion.objects.filter(project=obj.project).order_by("-number").first()
            obj.number = (latest.number if latest else 0) + 1
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Assignment)
class AssignmentAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["project", "document", "user", "role", "assigned_by", "assigned_at"]
    list_filter = ["role", "project"]
    search_fields = ["user__username", "document__title"]
    raw_id_fields = ["document", "user"]
    readonly_fields = ["assigned_by", "assigned_at"]
    list_select_related = ["project", "document", "user", "assigned_by"]

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.assigned_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(DocumentFinish)
class DocumentFinishAdmin(admin.ModelAdmin):
    """Read-only: an annotator finishes (and un-finishes) a document themselves."""

    list_display = ["project", "document", "annotator", "finished_at"]
    list_filter = ["project"]
    search_fields = ["annotator__username", "document__title"]
    list_select_related = ["project", "document", "annotator"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
