"""Background imports: a large upload answers 202 with a job; its progress is read here (reviewers)."""

from __future__ import annotations

from django.db.models import Q
from django.urls import include, path
from django_filters import rest_framework as filters
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import routers, serializers, viewsets
from rest_framework.permissions import IsAuthenticated

from annotations.api.pagination import LimitOffsetPage
from annotations.api.permissions import IsReviewer
from annotations.api.schema import error_responses
from annotations.filters import IdFilter
from annotations.import_jobs import ImportJob
from annotations.projects.access import reviewing_project_ids, sees_all_projects


class ImportJobSerializer(serializers.ModelSerializer):
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    finished = serializers.BooleanField(source="is_finished", read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = ImportJob
        fields = [
            "id",
            "url",
            "file_name",
            "state",
            "finished",
            "total",
            "done",
            "created_count",
            "existing_count",
            "problem_count",
            "problems",
            "detail",
            "project",
            "created_by",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields

    def get_url(self, job: ImportJob) -> str:
        return f"/api/v1/import-jobs/{job.pk}/"


class ImportJobFilter(filters.FilterSet):
    project = IdFilter(field_name="project_id", help_text="Project id.")

    class Meta:
        model = ImportJob
        fields = ["project"]


@extend_schema_view(
    list=extend_schema(
        summary="Background imports, newest first (reviewers and admins)",
        responses={200: ImportJobSerializer(many=True), **error_responses(403)},
    ),
    retrieve=extend_schema(
        summary="One background import: state, progress (done of total) and problems",
        description="`state` goes queued -> checking -> importing -> succeeded, or to failed (then nothing "
        "was imported). `done` counts the documents checked (state checking) or stored (state importing).",
        responses={200: ImportJobSerializer, **error_responses(403, 404)},
    ),
)
class ImportJobViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAuthenticated, IsReviewer]
    serializer_class = ImportJobSerializer
    pagination_class = LimitOffsetPage
    lookup_value_regex = r"\d+"
    filter_backends = [DjangoFilterBackend]
    filterset_class = ImportJobFilter

    def get_queryset(self):
        """Jobs into the projects the caller reviews or manages, and their own (staff: every job)."""
        if getattr(self, "swagger_fake_view", False):
            return ImportJob.objects.none()
        jobs = ImportJob.objects.select_related("created_by").order_by("-created_at", "-id")
        user = self.request.user
        if sees_all_projects(user):
            return jobs
        return jobs.filter(Q(project_id__in=reviewing_project_ids(user)) | Q(created_by=user))


router = routers.SimpleRouter()
router.register("import-jobs", ImportJobViewSet, basename="import-job")
urlpatterns = [path("", include(router.urls))]
