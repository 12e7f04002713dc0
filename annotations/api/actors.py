"""Actors: publishers, cited sources and the parties blamed. Everyone reads; reviewers add them and
weigh them as sources (source type, reliability note)."""

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
from annotations.api.serializers.actors import ActorSerializer, ActorUpdateSerializer
from annotations.api.serializers.base import validated
from annotations.models import Actor
from annotations.services.actors import actor_find, actor_get_or_create, actor_update


@extend_schema_view(
    list=extend_schema(responses={200: ActorSerializer(many=True), **error_responses(400)}),
    retrieve=extend_schema(responses={200: ActorSerializer, **error_responses(404)}),
    create=extend_schema(
        description="Add an actor. When the name (or one of its aliases) is already known, "
        "the existing actor is returned with 200 instead of 201 (unchanged: edit it with PATCH).",
        responses={201: ActorSerializer, 200: ActorSerializer, **error_responses(400)},
    ),
    partial_update=extend_schema(
        description="Reviewers and admins: change an actor's kind, source type or reliability note. "
        "Only the fields sent change; the change is recorded in the history.",
        request=ActorUpdateSerializer,
        responses={200: ActorSerializer, **error_responses(400, 403, 404)},
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
            name=data["name"],
            kind=data.get("kind", "other"),
            aliases=data.get("aliases"),
            source_type=data.get("source_type"),
            reliability_note=data.get("reliability_note", ""),
            by=request.user,
        )
        return Response(ActorSerializer(actor).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, *args, **kwargs) -> Response:
        actor = self.get_object()
        data = validated(ActorUpdateSerializer, request.data)
        actor = actor_update(actor=actor, by=request.user, **data)
        return Response(ActorSerializer(actor).data)


router = routers.SimpleRouter()
router.register("actors", ActorViewSet, basename="actor")
urlpatterns = [path("", include(router.urls))]
