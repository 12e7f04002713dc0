"""The original of an imported web page or PDF, kept unchanged beside the text taken from it.

The bytes live in the ``sources`` storage (``settings.STORAGES``), named by their SHA-256; the row
records what a chain of custody needs: the hash and size, the media type, the name the file had,
the address it came from, when it was captured and who imported it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import Exact


class SourceFile(models.Model):
    document = models.OneToOneField("annotations.Document", on_delete=models.PROTECT, related_name="source_file")
    # The name in the sources storage: "<sha256><suffix>", so the same bytes are stored once.
    stored_name = models.CharField(max_length=300)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    media_type = models.CharField(max_length=100)
    original_name = models.CharField(max_length=255)
    original_url = models.URLField(max_length=1000, blank=True)
    author = models.CharField(max_length=300, blank=True)
    captured_at = models.DateTimeField()
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["sha256"])]
        constraints = [
            models.CheckConstraint(condition=Exact(Length("sha256"), 64), name="source_file_sha256_length"),
            models.CheckConstraint(
                condition=Q(media_type__in=["text/html", "application/pdf"]), name="source_file_media_type_valid"
            ),
            models.CheckConstraint(condition=~Q(original_name=""), name="source_file_name_not_empty"),
            models.CheckConstraint(condition=~Q(stored_name=""), name="source_file_stored_name_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.sha256[:12]})"
