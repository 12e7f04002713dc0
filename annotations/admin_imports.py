"""Background imports in the admin: read-only (a job's state is the worker's to change)."""

from __future__ import annotations

from django.contrib import admin

from annotations.import_jobs import ImportJob, ImportJobChunk, ImportJobDocument


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ImportJob)
class ImportJobAdmin(ReadOnlyAdmin):
    list_display = ["id", "file_name", "state", "done", "total", "created_count", "existing_count", "created_by",
                    "created_at", "finished_at"]  # fmt: skip
    list_filter = ["state"]
    search_fields = ["file_name", "detail"]
    list_select_related = ["created_by"]


@admin.register(ImportJobChunk)
class ImportJobChunkAdmin(ReadOnlyAdmin):
    list_display = ["id", "job", "number", "first_line"]
    list_select_related = ["job"]


@admin.register(ImportJobDocument)
class ImportJobDocumentAdmin(ReadOnlyAdmin):
    list_display = ["id", "job", "document"]
    list_select_related = ["job", "document"]
    raw_id_fields = ["document"]
