"""Tables of the background import: a job, the uploaded lines it works through, the documents it stored.

A large upload is kept in the database (in chunks of lines) rather than on one server's disk, so any
worker next to any app server can run it, and the worker reads it one chunk at a time (bounded memory).
The models are imported by ``annotations.models``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q


class ImportJobState(models.TextChoices):
    QUEUED = "queued", "queued"
    CHECKING = "checking", "checking"
    IMPORTING = "importing", "importing"
    SUCCEEDED = "succeeded", "succeeded"
    FAILED = "failed", "failed"


FINISHED_STATES = (ImportJobState.SUCCEEDED, ImportJobState.FAILED)


class ImportJob(models.Model):
    """One large upload imported in the background: all of it or nothing."""

    file_name = models.CharField(max_length=255)
    state = models.CharField(max_length=16, choices=ImportJobState.choices, default=ImportJobState.QUEUED)
    total = models.PositiveIntegerField(help_text="documents (non-blank lines) in the file")
    done = models.PositiveIntegerField(default=0, help_text="documents checked or stored so far in this state")
    created_count = models.PositiveIntegerField(default=0)
    existing_count = models.PositiveIntegerField(default=0)
    problems = models.JSONField(default=list, blank=True, help_text="[{source, message}], the first ones")
    problem_count = models.PositiveIntegerField(default=0)
    detail = models.TextField(blank=True)
    task_id = models.CharField(max_length=64, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The project the imported documents are added to (None: the default project).
    project = models.ForeignKey(
        "annotations.Project", null=True, blank=True, on_delete=models.PROTECT, related_name="import_jobs"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(done__lte=F("total")), name="import_job_done_within_total"),
            models.CheckConstraint(
                condition=Q(state__in=[s.value for s in ImportJobState]), name="import_job_state_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"import {self.pk} of {self.file_name} ({self.state})"

    @property
    def is_finished(self) -> bool:
        return self.state in FINISHED_STATES


class ImportJobChunk(models.Model):
    """Consecutive lines of the uploaded file, deleted once the job is finished."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="chunks")
    number = models.PositiveIntegerField()
    first_line = models.PositiveIntegerField(help_text="line number in the file of the chunk's first line")
    lines = models.TextField()

    class Meta:
        ordering = ["job", "number"]
        constraints = [models.UniqueConstraint(fields=["job", "number"], name="import_chunk_number_unique")]

    def __str__(self) -> str:
        return f"job {self.job_id} chunk {self.number}"


class ImportJobDocument(models.Model):
    """A document a job stored: what is removed again if the job fails after storing part of the file."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="stored")
    document = models.OneToOneField("annotations.Document", on_delete=models.CASCADE, related_name="import_job_link")

    def __str__(self) -> str:
        return f"job {self.job_id} stored document {self.document_id}"
