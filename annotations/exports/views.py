"""Dataset exports streamed as JSONL or CSV, and dataset releases saved once and served byte-identical.

The export view hands the service's text chunks to a ``StreamingHttpResponse``: rows are read from
the database while they are sent, so neither the server nor the response holds the whole export.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from annotations.api.permissions import CanAnnotate, IsReviewer
from annotations.api.schema import error_responses
from annotations.api.serializers.base import StrictSerializer
from annotations.exports.releases import release_create, release_open, release_record, releases_visible_to
from annotations.exports.rows import CONTENT_TYPES, FORMATS, SHAPES
from annotations.exports.services import export_build
from annotations.filters import AnnotationFilter
from annotations.models import DatasetRelease


class AnyAcceptNegotiation(DefaultContentNegotiation):
    """Exports answer in their own format whatever Accept says; errors still come back as JSON."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


def _attachment(name: str) -> str:
    return f'attachment; filename="{name}"'


_FILTER_PARAMETERS = [
    OpenApiParameter(
        name, OpenApiTypes.STR, description=str(getattr(field, "extra", {}).get("help_text") or field.label or "")
    )
    for name, field in AnnotationFilter.base_filters.items()
    if name != "status"
]
EXPORT_PARAMETERS = [
    OpenApiParameter("shape", OpenApiTypes.STR, OpenApiParameter.PATH, enum=list(SHAPES)),
    OpenApiParameter("fmt", OpenApiTypes.STR, OpenApiParameter.PATH, enum=list(FORMATS), description="jsonl or csv"),
    OpenApiParameter(
        "status",
        OpenApiTypes.STR,
        many=True,
        description="Review status of the annotations covered (repeatable); default approved; 'all' for every status.",
    ),
    OpenApiParameter("split", OpenApiTypes.BOOL, description="Add the train/dev/test `split` column (default 1)."),
    OpenApiParameter("train", OpenApiTypes.NUMBER, description="Share of documents in train (default 0.8)."),
    OpenApiParameter("dev", OpenApiTypes.NUMBER, description="Share of documents in dev (default 0.1)."),
    OpenApiParameter("test", OpenApiTypes.NUMBER, description="Share of documents in test (default 0.1)."),
    OpenApiParameter(
        "identities",
        OpenApiTypes.STR,
        enum=["pseudonymous", "usernames"],
        description="Annotator and reviewer ids: pseudonymous (default) or usernames (reviewers only).",
    ),
    OpenApiParameter(
        "bom", OpenApiTypes.BOOL, description="CSV only: start with a UTF-8 byte-order mark, for spreadsheets."
    ),
    *_FILTER_PARAMETERS,
]


class ExportView(APIView):
    """Stream an export. Reviewers and admins export everyone's annotations; annotators only their own."""

    permission_classes = [CanAnnotate]
    content_negotiation_class = AnyAcceptNegotiation

    @extend_schema(
        operation_id="exports_retrieve",
        summary="Download an export (streamed)",
        parameters=EXPORT_PARAMETERS,
        responses={
            (200, "application/x-ndjson"): OpenApiResponse(OpenApiTypes.STR, description="One JSON object per line"),
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV with a header row"),
            **error_responses(400),
        },
    )
    def get(self, request: Request, shape: str, fmt: str) -> StreamingHttpResponse:
        export = export_build(user=request.user, shape=shape, fmt=fmt, params=request.query_params)
        response = StreamingHttpResponse(
            (chunk.encode("utf-8") for chunk in export.chunks), content_type=CONTENT_TYPES[fmt]
        )
        response["Content-Disposition"] = _attachment(export.filename)
        response["Cache-Control"] = "no-store"
        return response


class ReleaseSerializer(serializers.ModelSerializer):
    created_by = serializers.SerializerMethodField()
    created_at = serializers.SerializerMethodField()
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = DatasetRelease
        fields = [
            "id",
            "name",
            "shape",
            "format",
            "filters",
            "row_count",
            "byte_count",
            "sha256",
            "created_by",
            "created_at",
            "download_url",
            "project",
        ]

    def to_representation(self, release: DatasetRelease) -> dict:
        return release_record(release)  # the one rendering, also the `current` of a 409

    def get_created_by(self, release: DatasetRelease) -> dict | None:  # for the schema
        return release_record(release)["created_by"]

    def get_created_at(self, release: DatasetRelease) -> str | None:
        return release_record(release)["created_at"]

    def get_download_url(self, release: DatasetRelease) -> str:
        return release_record(release)["download_url"]


class ReleaseInputSerializer(StrictSerializer):
    name = serializers.CharField(max_length=200)
    shape = serializers.ChoiceField(choices=list(SHAPES))
    format = serializers.ChoiceField(choices=list(FORMATS))
    filters = serializers.DictField(
        required=False,
        default=dict,
        help_text='The export\'s query parameters, e.g. {"label": "casualty_claim", "status": ["approved"]}',
    )
    project = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=2**63 - 1,
        help_text="The project the release covers (one you review); may be left out if you review only one. "
        "Staff may leave it out to release across every project.",
    )


def _project_parameter(request: Request) -> int | None:
    raw = request.query_params.get("project")
    if raw in (None, ""):
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 18 or int(raw) < 1:
        raise ValidationError({"project": f"Give a project id (a whole number); got {raw!r}."})
    return int(raw)


class ReleaseListView(APIView):
    """Dataset releases: list them, or save an export as a new one. Reviewers and admins only."""

    permission_classes = [IsReviewer]

    @extend_schema(
        summary="List dataset releases (of the projects you review; staff: all)",
        parameters=[OpenApiParameter("project", OpenApiTypes.INT, description="Only this project's releases")],
        responses={200: ReleaseSerializer(many=True), **error_responses(400)},
    )
    def get(self, request: Request) -> Response:
        releases = releases_visible_to(request.user).select_related("created_by")
        project = _project_parameter(request)
        if project is not None:
            releases = releases.filter(project_id=project)
        return Response(ReleaseSerializer(releases, many=True).data)

    @extend_schema(
        summary="Save an export as a release",
        request=ReleaseInputSerializer,
        responses={201: ReleaseSerializer, **error_responses(400, 409)},
    )
    def post(self, request: Request) -> Response:
        serializer = ReleaseInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        release = release_create(
            by=request.user,
            name=data["name"],
            shape=data["shape"],
            fmt=data["format"],
            filters=data["filters"],
            project=data.get("project"),
        )
        return Response(ReleaseSerializer(release).data, status=status.HTTP_201_CREATED)


class ReleaseDetailView(APIView):
    permission_classes = [IsReviewer]

    @extend_schema(summary="One dataset release", responses={200: ReleaseSerializer, **error_responses(404)})
    def get(self, request: Request, pk: int) -> Response:
        release = get_object_or_404(releases_visible_to(request.user).select_related("created_by"), pk=pk)
        return Response(ReleaseSerializer(release).data)


class ReleaseDownloadView(APIView):
    permission_classes = [IsReviewer]
    content_negotiation_class = AnyAcceptNegotiation

    @extend_schema(
        summary="Download the stored file of a release, byte-identical to when it was made",
        responses={
            (200, "application/x-ndjson"): OpenApiResponse(OpenApiTypes.STR),
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR),
            **error_responses(404, 409),
        },
    )
    def get(self, request: Request, pk: int) -> StreamingHttpResponse:
        release = get_object_or_404(releases_visible_to(request.user), pk=pk)
        try:
            verified = release_open(release=release, by=request.user)
        except FileNotFoundError as exc:
            raise Http404(str(exc)) from None
        response = StreamingHttpResponse(verified.chunks(), content_type=CONTENT_TYPES[release.format])
        response["Content-Disposition"] = _attachment(release.file_path.split("-", 1)[-1])
        response["Content-Length"] = str(release.byte_count)
        response["ETag"] = f'"{release.sha256}"'
        response["X-Content-SHA256"] = release.sha256
        return response


urlpatterns = [
    path("exports/<str:shape>.<str:fmt>", ExportView.as_view(), name="export"),
    path("releases/", ReleaseListView.as_view(), name="release-list"),
    path("releases/<int:pk>/", ReleaseDetailView.as_view(), name="release-detail"),
    path("releases/<int:pk>/download/", ReleaseDownloadView.as_view(), name="release-download"),
]
