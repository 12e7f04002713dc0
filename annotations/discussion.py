"""Discussion threads on an annotation: its annotator and the project's reviewers reply to each other.

A message is never edited; a thread is the annotation's messages in order. ``DiscussionRead`` keeps,
per person and annotation, the last message they have read, so that the home page can list the
threads with replies they have not seen. Re-exported from ``annotations.models``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

MESSAGE_MAX_LENGTH = 4000


class AnnotationMessage(models.Model):
    annotation = models.ForeignKey("annotations.Annotation", on_delete=models.CASCADE, related_name="messages")
    # A message outlives its author's account (the thread stays readable); the author shows as "deleted user".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="annotation_messages"
    )
    text = models.CharField(max_length=MESSAGE_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["annotation_id", "id"]
        indexes = [models.Index(fields=["annotation", "id"], name="message_thread_idx")]
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="message_text_not_empty")]

    def __str__(self) -> str:
        return f"message {self.pk} on annotation {self.annotation_id}"


class DiscussionRead(models.Model):
    """How far ``user`` has read the thread of ``annotation`` (the id of the last message seen)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_reads")
    annotation = models.ForeignKey("annotations.Annotation", on_delete=models.CASCADE, related_name="discussion_reads")
    last_message_id = models.PositiveBigIntegerField(default=0)
    read_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["user_id", "annotation_id"]
        constraints = [models.UniqueConstraint(fields=["user", "annotation"], name="discussion_read_unique")]

    def __str__(self) -> str:
        return f"{self.user_id} read annotation {self.annotation_id} up to message {self.last_message_id}"
