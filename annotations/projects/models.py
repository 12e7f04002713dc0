"""The tables of projects: members with a role, documents, versioned guidelines, assignments, finishes.

A document may sit in several projects without its text being copied (``ProjectDocument``).
Annotations, incidents and releases name their project (``annotations.models``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower


class ProjectRole(models.TextChoices):
    ANNOTATOR = "annotator", "Annotator"
    REVIEWER = "reviewer", "Reviewer"
    MANAGER = "manager", "Manager"


# Roles that see everyone's work in the project (blind annotation applies to annotators only).
REVIEWING_ROLES = (ProjectRole.REVIEWER, ProjectRole.MANAGER)


class Project(models.Model):
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    # The database this project was migrated into holds everyone's earlier work; imports that name
    # no project land here. At most one project is the default.
    is_default = models.BooleanField(default=False)
    labels = models.ManyToManyField("annotations.Label", related_name="projects", blank=True)
    documents = models.ManyToManyField("annotations.Document", through="ProjectDocument", related_name="projects")
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="ProjectMembership",
        related_name="projects",
        through_fields=("project", "user"),
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="project_name_unique"),
            models.UniqueConstraint(fields=["is_default"], condition=Q(is_default=True), name="project_one_default"),
            models.CheckConstraint(condition=~Q(name=""), name="project_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


class ProjectMembership(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="project_memberships")
    role = models.CharField(max_length=16, choices=ProjectRole.choices, default=ProjectRole.ANNOTATOR)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project_id", "user_id"]
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="project_member_unique"),
            models.CheckConstraint(condition=Q(role__in=ProjectRole.values), name="project_member_role_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} as {self.role} in {self.project_id}"


class ProjectDocument(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="project_documents")
    document = models.ForeignKey("annotations.Document", on_delete=models.CASCADE, related_name="project_links")
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project_id", "document_id"]
        constraints = [models.UniqueConstraint(fields=["project", "document"], name="project_document_unique")]

    def __str__(self) -> str:
        return f"document {self.document_id} in project {self.project_id}"


class GuidelineVersion(models.Model):
    """One version of a project's guidelines (Markdown). Every edit adds a version; none is changed."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="guideline_versions")
    number = models.PositiveIntegerField()
    text = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project_id", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["project", "number"], name="guideline_version_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="guideline_version_positive"),
        ]

    def __str__(self) -> str:
        return f"guidelines v{self.number} of project {self.project_id}"


class AssignmentRole(models.TextChoices):
    ANNOTATOR = "annotator", "Annotator"
    REVIEWER = "reviewer", "Reviewer"


class Assignment(models.Model):
    """A document given to a member to annotate (or to review) in a project."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="assignments")
    document = models.ForeignKey("annotations.Document", on_delete=models.CASCADE, related_name="assignments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments")
    role = models.CharField(max_length=16, choices=AssignmentRole.choices, default=AssignmentRole.ANNOTATOR)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    assigned_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project_id", "document_id", "user_id"]
        indexes = [models.Index(fields=["user", "project"], name="assignment_user_idx")]
        constraints = [
            models.UniqueConstraint(fields=["project", "document", "user", "role"], name="assignment_unique"),
            models.CheckConstraint(condition=Q(role__in=AssignmentRole.values), name="assignment_role_valid"),
        ]

    def __str__(self) -> str:
        return f"document {self.document_id} to {self.user_id} ({self.role}) in {self.project_id}"


class DocumentFinish(models.Model):
    """An annotator's word that they read the whole document: every sentence they left blank is "no label"."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="finishes")
    document = models.ForeignKey("annotations.Document", on_delete=models.CASCADE, related_name="finishes")
    annotator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="finishes")
    finished_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["project_id", "document_id", "annotator_id"]
        constraints = [
            models.UniqueConstraint(fields=["project", "document", "annotator"], name="document_finish_unique")
        ]

    def __str__(self) -> str:
        return f"document {self.document_id} finished by {self.annotator_id} in {self.project_id}"
