"""Source files in the admin: shown, searched and filtered, never changed (they are the record of
what was imported)."""

from __future__ import annotations

from django.contrib import admin

from annotations.admin_imports import ReadOnlyAdmin
from annotations.sources.models import SourceFile


@admin.register(SourceFile)
class SourceFileAdmin(ReadOnlyAdmin):
    list_display = ["id", "original_name", "document", "media_type", "size", "short_sha256", "captured_at",
                    "imported_by"]  # fmt: skip
    list_filter = ["media_type"]
    search_fields = ["original_name", "original_url", "sha256", "document__title"]
    list_select_related = ["document", "imported_by"]
    date_hierarchy = "captured_at"

    @admin.display(description="SHA-256")
    def short_sha256(self, source: SourceFile) -> str:
        return source.sha256[:12]
