"""The team dashboard of a project: per annotator and per project figures. Who may see it too."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from annotations.projects.access import may_review_in, projects_visible_to
from annotations.projects.models import Project


def project_for_review(*, user, project_id: int) -> Project:
    """The project, for its reviewers, managers and staff: 404 when the user is not in it (as if it
    did not exist), 403 when they are in it but only annotate."""
    project = projects_visible_to(user).filter(pk=project_id).first()
    if project is None:
        raise Http404(f"No project {project_id}, or you are not a member of it.")
    if not may_review_in(user, project):
        raise PermissionDenied("Only reviewers and managers of this project can see its agreement and dashboard.")
    return project
