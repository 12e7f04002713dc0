"""Incident matching: the incidents a claim may be about (for the picker), and probable duplicates (reviewers)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.permissions import CanAnnotate, IsReviewer
from annotations.api.schema import error_responses
from annotations.api.serializers.base import StrictSerializer, validated
from annotations.projects.access import member_project_ids, reviewing_project_ids, sees_all_projects
from annotations.selectors import annotations_visible_to
from annotations.services.incident_matching import (
    incident_duplicates,
    incident_matches,
    incident_matches_for_annotation,
)


class MatchQuerySerializer(StrictSerializer):
    annotation = serializers.IntegerField(required=False, min_value=1, help_text="Match this claim's sentence and date")
    place = serializers.CharField(required=False, allow_blank=True, max_length=200)
    date = serializers.DateField(required=False, help_text="YYYY-MM-DD")
    strike_type = serializers.CharField(required=False, allow_blank=True, max_length=100)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=50, default=10)
    project = serializers.IntegerField(required=False, min_value=1, max_value=2**63 - 1, help_text="Project id")

    def validate(self, attrs):
        if not attrs.get("annotation") and not (attrs.get("place") or "").strip() and not attrs.get("date"):
            raise serializers.ValidationError({"annotation": ["Give an annotation, or a place and/or a date."]})
        return attrs


class MatchedIncidentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    place_name = serializers.CharField()
    admin_area = serializers.CharField()
    occurred_on = serializers.DateField(allow_null=True)
    date_precision = serializers.CharField()
    version = serializers.IntegerField()


class MatchSerializer(serializers.Serializer):
    incident = MatchedIncidentSerializer()
    score = serializers.FloatField(help_text="0..1: place 0.5 (0.4 when named in the text), date 0.3, attack 0.2")
    reasons = serializers.ListField(child=serializers.CharField(), help_text="Why it matches, one reason a line")


class MatchListSerializer(serializers.Serializer):
    results = MatchSerializer(many=True)


class DuplicateSerializer(serializers.Serializer):
    incidents = MatchedIncidentSerializer(many=True)
    score = serializers.FloatField()
    reasons = serializers.ListField(child=serializers.CharField())


class DuplicateListSerializer(serializers.Serializer):
    results = DuplicateSerializer(many=True)


def _projects(user, project: int | None, *, reviewing: bool = False) -> list[int] | None:
    """The projects whose incidents ``user`` may match against (None: staff, every project), narrowed to
    ``project`` when given."""
    if sees_all_projects(user):
        return None if project is None else [project]
    mine = reviewing_project_ids(user) if reviewing else member_project_ids(user)
    if project is None:
        return sorted(mine)
    return [project] if project in mine else []


def _project_parameter(request: Request) -> int | None:
    raw = request.query_params.get("project")
    if raw in (None, ""):
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 18 or int(raw) < 1:
        raise ValidationError({"project": f"Give a project id (a whole number); got {raw!r}."})
    return int(raw)


class IncidentMatchView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Existing incidents that match a claim, or a place/date/strike type, best first, with reasons",
        parameters=[MatchQuerySerializer],
        responses={200: MatchListSerializer, **error_responses(400, 404)},
    )
    def get(self, request: Request) -> Response:
        query = validated(MatchQuerySerializer, request.query_params.dict())
        if query.get("annotation"):
            annotation = get_object_or_404(
                annotations_visible_to(request.user).select_related("sentence__document"), pk=query["annotation"]
            )
            matches = incident_matches_for_annotation(annotation=annotation, limit=query["limit"])
        else:
            matches = incident_matches(
                place=query.get("place", ""),
                occurred_on=query.get("date"),
                strike_type=query.get("strike_type", ""),
                limit=query["limit"],
                projects=_projects(request.user, query.get("project")),
            )
        return Response({"results": [m.as_dict() for m in matches]})


class IncidentDuplicateView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(
        summary="Pairs of incidents that are probably one event (same place, dates that fit), to merge",
        parameters=[
            OpenApiParameter("limit", int, description="At most this many pairs (default 100)"),
            OpenApiParameter("project", int, description="Only this project's incidents"),
        ],
        responses={200: DuplicateListSerializer, **error_responses(400)},
    )
    def get(self, request: Request) -> Response:
        try:
            limit = int(request.query_params.get("limit", 100))
        except ValueError:
            limit = 0
        if not 1 <= limit <= 500:
            return Response(
                {
                    "detail": "limit: a whole number from 1 to 500.",
                    "errors": {"limit": ["a whole number from 1 to 500"]},
                },
                status=400,
            )
        projects = _projects(request.user, _project_parameter(request), reviewing=True)
        return Response({"results": incident_duplicates(limit=limit, projects=projects)})


urlpatterns = [
    path("incidents/matches/", IncidentMatchView.as_view(), name="api-incident-matches"),
    path("incidents/duplicates/", IncidentDuplicateView.as_view(), name="api-incident-duplicates"),
]
