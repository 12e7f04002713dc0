"""Incidents: list and read (with the verification summary), create, edit, link claims, merge, grade."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import path
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.pagination import LimitOffsetPage
from annotations.api.permissions import CanAnnotate
from annotations.api.schema import error_responses
from annotations.api.serializers.base import validated
from annotations.api.serializers.incidents import (
    GradeInputSerializer,
    IncidentCreateSerializer,
    IncidentSerializer,
    IncidentUpdateSerializer,
    LinkInputSerializer,
    MergeInputSerializer,
    incident_data,
)
from annotations.filters import IdFilter
from annotations.models import Annotation, Grade, Incident
from annotations.search import incident_matches, text_contains
from annotations.selectors import (
    annotations_visible_to,
    incident_visible_fields,
    incidents_for_view,
    incidents_in_reach,
)
from annotations.services.incidents import (
    incident_create,
    incident_grade,
    incident_link,
    incident_merge,
    incident_unlink,
    incident_update,
)


def _incidents(user) -> QuerySet[Incident]:
    """The incidents of ``user``'s projects (staff: all); another project's incident is absent (404)."""
    return incidents_in_reach(Incident.objects.select_related("created_by"), user)


def _incident_or_404(request: Request, pk: int) -> Incident:
    return get_object_or_404(incidents_in_reach(Incident.objects.all(), request.user), pk=pk)


def _body(request: Request, incidents: list[Incident]) -> list[dict]:
    """Incidents in the API's shape, in one query for their claims: reviewers get the verification
    summary (everyone's claims), annotators the blind view with only their own claims."""
    user = request.user
    return [
        incident_data(incident, summary, claims=claims, visible=incident_visible_fields(incident, user))
        for incident, summary, claims in incidents_for_view(incidents, user)
    ]


def _one(request: Request, pk: int) -> dict:
    return _body(request, [get_object_or_404(_incidents(request.user), pk=pk)])[0]


_SEARCH_HELP = (
    "Words in the title, the place name or the aliases, spelling-tolerant: case, accents, ʿ marks and "
    "transliteration vowels do not matter (daret izza finds Darat Izza / Dārat ʿIzzah), from the start of a word."
)


def _linkable_or_404(request: Request, annotation_id: int) -> Annotation:
    """An annotation the caller may see; another annotator's is 404 (its label, or even that it
    exists, is theirs)."""
    return get_object_or_404(annotations_visible_to(request.user).select_related(None).only("id"), pk=annotation_id)


class IncidentFilter(filters.FilterSet):
    q = filters.CharFilter(method="filter_search", help_text=_SEARCH_HELP)
    search = filters.CharFilter(method="filter_search", help_text="The same as q.")
    place = filters.CharFilter(method="filter_place", help_text="Part of the place name (case-insensitive).")
    occurred_after = filters.DateFilter(field_name="occurred_on", lookup_expr="gte", help_text="YYYY-MM-DD")
    occurred_before = filters.DateFilter(field_name="occurred_on", lookup_expr="lte", help_text="YYYY-MM-DD")
    grade = filters.ChoiceFilter(choices=Grade.choices)
    project = IdFilter(field_name="project_id", help_text="Project id.")
    merged = filters.BooleanFilter(
        method="filter_merged", help_text="Merged incidents are left out unless merged=true (only them) is given."
    )

    class Meta:
        model = Incident
        fields = ["q", "search", "place", "occurred_after", "occurred_before", "grade", "project", "merged"]

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(incident_matches(value))

    def filter_place(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(text_contains(value, "place_name"))

    def filter_merged(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        return queryset if value is None else queryset.filter(merged_into__isnull=not value)

    @property
    def qs(self):
        queryset = super().qs
        if self.form.cleaned_data.get("merged") is None:
            queryset = queryset.filter(merged_into__isnull=True)
        return queryset


class IncidentListView(generics.ListAPIView):
    """Newest first; merged incidents are left out unless asked for. Reviewers get each incident's
    verification summary, computed for the whole page in one query."""

    permission_classes = [CanAnnotate]
    serializer_class = IncidentSerializer
    filterset_class = IncidentFilter
    filter_backends = [filters.DjangoFilterBackend]
    pagination_class = LimitOffsetPage

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Incident.objects.none()
        return _incidents(self.request.user).order_by("-occurred_on", "-id")

    def list(self, request: Request, *args, **kwargs) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(_body(request, list(page)))

    @extend_schema(
        summary="Create an incident",
        request=IncidentCreateSerializer,
        responses={201: IncidentSerializer, **error_responses(400)},
    )
    def post(self, request: Request) -> Response:
        data = dict(validated(IncidentCreateSerializer, request.data))
        incident = incident_create(by=request.user, **data)
        return Response(_one(request, incident.pk), status=status.HTTP_201_CREATED)


class IncidentDetailView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(summary="Read an incident", responses={200: IncidentSerializer, **error_responses(404)})
    def get(self, request: Request, pk: int) -> Response:
        return Response(_one(request, pk))

    @extend_schema(
        summary="Edit an incident (reviewers)",
        description="Send only the fields to change, with the `version` you loaded: a stale one gets 409 with "
        "the stored incident in `current`. The grade changes through /grade/ with a note.",
        request=IncidentUpdateSerializer,
        responses={200: IncidentSerializer, **error_responses(400, 404, 409)},
    )
    def patch(self, request: Request, pk: int) -> Response:
        incident = _incident_or_404(request, pk)
        data = dict(validated(IncidentUpdateSerializer, request.data))
        incident_update(incident=incident, by=request.user, **data)
        return Response(_one(request, pk))


class IncidentLinksView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Link a claim to the incident",
        description="Only casualty_claim and attribution annotations link. Annotators link their own draft or "
        "rejected annotations; reviewers link any.",
        request=LinkInputSerializer,
        responses={201: IncidentSerializer, **error_responses(400, 404, 409)},
    )
    def post(self, request: Request, pk: int) -> Response:
        incident = _incident_or_404(request, pk)
        annotation_id = validated(LinkInputSerializer, request.data)["annotation"]
        annotation = _linkable_or_404(request, annotation_id)
        incident_link(incident=incident, annotation=annotation, by=request.user)
        return Response(_one(request, pk), status=status.HTTP_201_CREATED)


class IncidentUnlinkView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(summary="Unlink a claim from the incident", responses={204: None, **error_responses(400, 404, 409)})
    def delete(self, request: Request, pk: int, annotation_id: int) -> Response:
        incident = _incident_or_404(request, pk)
        annotation = _linkable_or_404(request, annotation_id)
        incident_unlink(incident=incident, annotation=annotation, by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class IncidentMergeView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Merge this incident into another (reviewers)",
        description="Its claims move to `into`; this incident keeps `merged_into` and takes no more changes. "
        "Returns the surviving incident.",
        request=MergeInputSerializer,
        responses={200: IncidentSerializer, **error_responses(400, 404, 409)},
    )
    def post(self, request: Request, pk: int) -> Response:
        incident = _incident_or_404(request, pk)
        into = _incident_or_404(request, validated(MergeInputSerializer, request.data)["into"])
        survivor = incident_merge(incident=incident, into=into, by=request.user)
        return Response(_one(request, survivor.pk))


class IncidentGradeView(APIView):
    permission_classes = [CanAnnotate]

    @extend_schema(
        summary="Grade an incident (reviewers)",
        description="unassessed, confirmed, fair, weak, contested or discounted, with a note saying why, and the "
        "`version` you loaded: a stale one gets 409 with the stored incident in `current`.",
        request=GradeInputSerializer,
        responses={200: IncidentSerializer, **error_responses(400, 404, 409)},
    )
    def post(self, request: Request, pk: int) -> Response:
        incident = _incident_or_404(request, pk)
        data = validated(GradeInputSerializer, request.data)
        incident_grade(
            incident=incident, by=request.user, grade=data["grade"], note=data["note"], version=data["version"]
        )
        return Response(_one(request, pk))


urlpatterns = [
    path("incidents/", IncidentListView.as_view(), name="api-incident-list"),
    path("incidents/<int:pk>/", IncidentDetailView.as_view(), name="api-incident-detail"),
    path("incidents/<int:pk>/links/", IncidentLinksView.as_view(), name="api-incident-links"),
    path("incidents/<int:pk>/links/<int:annotation_id>/", IncidentUnlinkView.as_view(), name="api-incident-unlink"),
    path("incidents/<int:pk>/merge/", IncidentMergeView.as_view(), name="api-incident-merge"),
    path("incidents/<int:pk>/grade/", IncidentGradeView.as_view(), name="api-incident-grade"),
]
