"""Suggestions for a sentence: labels, casualty figures and the cited source, to pre-fill a form."""

from __future__ import annotations

from django.urls import path
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.permissions import CanAnnotate
from annotations.api.schema import error_responses
from annotations.api.serializers.annotations import FiguresSerializer
from annotations.api.serializers.base import StrictSerializer
from annotations.services.actors import actor_find
from annotations.text.suggest import suggest

MAX_TEXT = 5000


class SuggestionInputSerializer(StrictSerializer):
    text = serializers.CharField(max_length=MAX_TEXT, trim_whitespace=True, help_text="One sentence (or a few)")


class SuggestionSerializer(serializers.Serializer):
    labels = serializers.ListField(child=serializers.CharField(), help_text="Label keys suggested")
    figures = FiguresSerializer(allow_null=True, help_text="The annotation's figures shape, as suggested")
    cited_source = serializers.DictField(
        allow_null=True, help_text="{name: as written, actor: id of the known actor or null}"
    )


class SuggestionView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Suggest labels, casualty figures and the cited source for a sentence",
        request=SuggestionInputSerializer,
        responses={200: SuggestionSerializer, **error_responses(400)},
    )
    def post(self, request: Request) -> Response:
        serializer = SuggestionInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = suggest(serializer.validated_data["text"])
        actor = actor_find(name=result.cited_source) if result.cited_source else None
        figures = None
        if result.figures is not None:
            figures = result.figures.as_dict() | {"cited_source": actor.pk if actor else None, "is_suggested": True}
        cited = (
            None if result.cited_source is None else {"name": result.cited_source, "actor": actor.pk if actor else None}
        )
        return Response({"labels": result.labels, "figures": figures, "cited_source": cited})


urlpatterns = [path("suggestions/", SuggestionView.as_view(), name="suggestions")]
