"""Discussion threads in the admin: read-only (messages are never edited; a thread is its record)."""

from __future__ import annotations

from django.contrib import admin

from annotations.admin_imports import ReadOnlyAdmin
from annotations.discussion import AnnotationMessage, DiscussionRead


@admin.register(AnnotationMessage)
class AnnotationMessageAdmin(ReadOnlyAdmin):
    list_display = ["id", "annotation", "author", "created_at", "text"]
    search_fields = ["text", "author__username"]
    list_select_related = ["author", "annotation"]
    raw_id_fields = ["annotation"]


@admin.register(DiscussionRead)
class DiscussionReadAdmin(ReadOnlyAdmin):
    list_display = ["id", "user", "annotation", "last_message_id", "read_at"]
    list_select_related = ["user", "annotation"]
    raw_id_fields = ["annotation"]
