"""Actors: publishers, cited sources and the parties blamed. Everyone reads; reviewers add."""

from __future__ import annotations

from django.urls import include, path
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, routers, status, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from annotations.api.filters import ActorFilter
from annotations.api.pagination import LimitOffsetPage
from annotations.api.permissions import ReadOnlyOrReviewer
from annotations.api.schema import error_responses
from annotations.api.serializers.documents import ActorSerializer
from annotations.models import Actor
from annotations.services.actors import actor_find, actor_get_or_create


@extend_schema_view(
    list=extend_schema(responses={200: ActorSerializer(many=True), **error_responses(400)}),
    retrieve=extend_schema(responses={200: ActorSerializer, **error_responses(404)}),
    create=extend_schema(
        description="Add an actor. When the name (or one of its aliases) is already known, "
        "the existing actor is returned with 200 instead of 201.",
        responses={201: ActorSerializer, 200: ActorSerializer, **error_responses(400)},
    ),
)
class ActorViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Actor.objects.all()
    serializer_class = ActorSerializer
    permission_classes = [IsAuthenticated, ReadOnlyOrReviewer]
    filterset_class = ActorFilter
    ordering_fields = ["name", "id"]
    pagination_class = LimitOffsetPage

    def create(self, request: Request, *args, **kwargs) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        existing = actor_find(name=data["name"])
        if existing is not None:
            return Response(ActorSerializer(existing).data, status=status.HTTP_200_OK)
        actor = actor_get_or_create(
            name=data["name"], kind=data.get("kind", "other"), aliases=data.get("aliases"), by=request.user
        )
        return Response(ActorSerializer(actor).data, status=status.HTTP_201_CREATED)


router = routers.SimpleRouter()
router.register("actors", ActorViewSet, basename="actor")
urlpatterns = [path("", include(router.urls))]
