"""The label taxonomy (read-only here; admins edit it in the admin)."""

from __future__ import annotations

from django.urls import include, path
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import routers, viewsets

from annotations.api.filters import LabelFilter
from annotations.api.schema import error_responses
from annotations.api.serializers.documents import LabelSerializer
from annotations.models import Label


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
        if "is_active" not in self.request.query_params:
            queryset = queryset.filter(is_active=True)
        return queryset


router = routers.SimpleRouter()
router.register("labels", LabelViewSet, basename="label")
urlpatterns = [path("", include(router.urls))]
