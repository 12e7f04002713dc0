"""The label taxonomy (read-only here: staff edit labels in the admin, a project's managers add labels
to their project through /api/v1/projects/{id}/labels/).

A user sees the labels of their projects and those in no project; a label one project's manager
added stays out of sight of the others."""

from __future__ import annotations

from django.db.models import Q
from django.urls import include, path
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import routers, viewsets

from annotations.api.filters import LabelFilter
from annotations.api.schema import error_responses
from annotations.api.serializers.documents import LabelSerializer
from annotations.models import Label
from annotations.projects.access import member_project_ids, sees_all_projects


@extend_schema_view(
    list=extend_schema(responses={200: LabelSerializer(many=True), **error_responses(400)}),
    retrieve=extend_schema(responses={200: LabelSerializer, **error_responses(404)}),
)
class LabelViewSet(viewsets.ReadOnlyModelViewSet):
    """Labels in their display order. A short list, so it is not paginated."""

    serializer_class = LabelSerializer
    filterset_class = LabelFilter
    ordering_fields = ["order", "key", "id"]
    pagination_class = None

    def get_queryset(self):
        queryset = Label.objects.all()
        user = self.request.user
        if not getattr(self, "swagger_fake_view", False) and not sees_all_projects(user):
            in_reach = Label.objects.filter(Q(projects__in=member_project_ids(user)) | Q(projects__isnull=True))
            queryset = queryset.filter(pk__in=in_reach.values("pk"))
        if "is_active" not in self.request.query_params:
            queryset = queryset.filter(is_active=True)
        return queryset


router = routers.SimpleRouter()
router.register("labels", LabelViewSet, basename="label")
urlpatterns = [path("", include(router.urls))]
