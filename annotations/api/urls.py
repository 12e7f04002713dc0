"""The REST API under /api/v1/. Each domain module contributes its own routes."""

from django.urls import include, path

# Django tries the includes in order until one resolves: the busiest routes (labelling, review) come first.
urlpatterns = [
    path("", include("annotations.api.annotations")),
    path("", include("annotations.api.review")),
    path("", include("annotations.api.schema")),
    path("", include("annotations.api.auth")),
    path("", include("annotations.api.labels")),
    path("", include("annotations.api.projects")),
    path("", include("annotations.api.actors")),
    path("", include("annotations.api.documents")),
    path("", include("annotations.api.sources")),
    path("", include("annotations.api.import_jobs")),
    path("", include("annotations.api.discussion")),
    path("", include("annotations.api.incidents")),
    path("", include("annotations.api.agreement")),
    path("", include("annotations.api.dashboard")),
    path("", include("annotations.exports.views")),
    path("", include("annotations.api.suggestions")),
    path("", include("annotations.api.incident_matches")),
]
